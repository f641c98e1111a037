-- Projection of svc-customer's organisations and developer accounts (CustomerRegistered / CustomerChanged /
-- DeptChanged): names on every bill, receivers of statements, and the salesman scope (assistant_id).
create table customer_view (
    organization_id bigint primary key,
    merchant_id     bigint,
    user_id         bigint,
    name            varchar(200),
    email           varchar(200),
    assistant_id    bigint,
    state           int,
    deleted         boolean not null default false,
    version         bigint  not null default 0
);
create index customer_view_assistant on customer_view (assistant_id);

create table dept_view (
    dept_id         bigint primary key,
    organization_id bigint,
    user_id         bigint,
    dept_name       varchar(200),
    app_id          varchar(100),
    -- bill receivers (comma separated); falls back to the organisation's e-mail
    emails          varchar(1000),
    -- OverdraftType snapshot source: 0 预充值, 10 预充值(额度内可超支), 20 月结
    overdraft_type  int     not null default 0,
    version         bigint  not null default 0
);
create index dept_view_org on dept_view (organization_id);
