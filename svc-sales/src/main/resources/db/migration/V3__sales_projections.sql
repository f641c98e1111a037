-- Projections of other services' data kept by svc-sales (fed by events; demo rows in R__demo_data_sales.sql).

create table customer_view (
    organization_id       bigint primary key,
    merchant_id           bigint,
    user_id               bigint,
    organization_name     varchar(128),
    alias_name            varchar(128),
    mobile                varchar(32),
    linkman               varchar(64),
    link_mobile           varchar(32),
    email                 varchar(128),
    state                 int,
    customer_type         int,
    customer_nature       varchar(64),
    industry              varchar(64),
    enterprise_desc       varchar(500),
    assistant_id          bigint,
    opportunity_salesman_id bigint,
    opportunity_role_type varchar(16),
    join_time             timestamp,
    deleted               boolean not null default false,
    -- the rest of svc-customer's organisation DTO (authRecord, addressInfo, enabledApps, ...) as last seen
    profile               jsonb   not null default '{}',
    version               bigint  not null default 0
);
create index customer_view_merchant_ix on customer_view (merchant_id);

create table dept_view (
    dept_id         bigint primary key,
    organization_id bigint,
    dept_name       varchar(128),
    app_id          varchar(64),
    env             varchar(16),
    status          int,
    white_ip_list   varchar(1000),
    contract_state  int,
    version         bigint not null default 0
);
create index dept_view_org_ix on dept_view (organization_id);

create table staff_view (
    staff_id      bigint primary key,
    user_id       bigint,
    name          varchar(64),
    mobile        varchar(32),
    email         varchar(128),
    appcode       varchar(16),
    active        boolean not null default true,
    version       bigint  not null default 0
);

create table check_item_view (
    check_item  varchar(64) primary key,
    item_name   varchar(128),
    check_type  int,
    fee_type    int,
    price       numeric(18, 4),
    floor_price numeric(18, 4),
    state       int,
    is_fusion   boolean,
    applicable  boolean,
    version     bigint not null default 0
);

create table dept_item_view (
    dept_item_id        bigint primary key,
    dept_id             bigint      not null,
    organization_id     bigint,
    check_item          varchar(64) not null,
    item_name           varchar(128),
    is_fusion           boolean,
    fusion_dept_item_id bigint,
    state               int,
    is_open             int,
    fee_type            int,
    charge_type         int,
    fee                 numeric(18, 4),
    fee_detail          varchar(1000),
    free_count          int,
    cache_fetch_days    int,
    contract_state      int,
    org_code            varchar(64),
    deleted             boolean     not null default false,
    effect_time         timestamp,
    -- fields of svc-customer's deptItem DTO that no event carries (catalogue/doc extras, adjusting) as last seen
    extra               jsonb       not null default '{}',
    version             bigint      not null default 0
);
create index dept_item_view_dept_ix on dept_item_view (dept_id, check_item);
