-- Local copies of svc-customer data (domain.md §2.9), fed by customer-event; snapshots keep the highest version.
create table customer_view (
    organization_id   bigint primary key,
    merchant_id       bigint,
    user_id           bigint,
    owner_username    varchar(64),
    organization_name varchar(200),
    mobile            varchar(20),
    linkman           varchar(50),
    email             varchar(200),
    state             int,
    customer_type     int,
    assistant_id      bigint,
    auth_type         int,
    auth_state        int       not null default 0,
    auth_record_id    bigint,
    deleted           boolean   not null default false,
    version           bigint    not null default 0,
    update_time       timestamp not null
);
create index customer_view_assistant on customer_view (assistant_id);

create table dept_view (
    dept_id         bigint primary key,
    organization_id bigint,
    user_id         bigint,
    dept_name       varchar(200),
    app_id          varchar(64),
    env             varchar(16),
    status          int,
    white_ip_list   varchar(1000),
    overdraft_type  int,
    version         bigint    not null default 0,
    create_time     timestamp not null,
    update_time     timestamp not null
);
create index dept_view_org on dept_view (organization_id);

create table dept_item_view (
    dept_item_id        bigint primary key,
    dept_id             bigint    not null,
    organization_id     bigint,
    user_id             bigint,
    check_item          varchar(64),
    item_name           varchar(100),
    is_fusion           boolean,
    fusion_dept_item_id bigint,
    state               int,
    is_open             int,
    fee_type            int,
    charge_type         int,
    fee                 numeric(18, 4),
    free_count          int,
    contract_state      int,
    deleted             boolean   not null default false,
    effect_time         timestamp,
    version             bigint    not null,
    update_time         timestamp not null
);
create index dept_item_view_dept on dept_item_view (dept_id);
