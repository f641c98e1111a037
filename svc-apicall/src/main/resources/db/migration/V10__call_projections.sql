-- Local copies the call path reads (domain.md §2.3 "Projections held", F2-3, F4-9, F5-2): developer accounts,
-- authorised products, wallet guards and customers, fed by customer-event / wallet-event (highest version wins)
-- with a Feign read-through when a row is missing. Nothing here is authoritative.

create table dept_view (
    dept_id             bigint       primary key,
    organization_id     bigint,
    user_id             bigint,
    dept_name           varchar(128),
    app_id              varchar(64)  not null unique,
    app_secret_enc      varchar(512) not null,                 -- as svc-customer stores it (AES-GCM, enc:v1:)
    env                 varchar(16),
    status              int,                                    -- 0 试用, 1 正常
    white_ip_list       varchar(2000) not null default 'off',   -- IPv4/CIDR list, 'off' = no whitelist
    version             bigint       not null default 0,
    updated_at          timestamp    not null
);
create index dept_view_org on dept_view (organization_id);

create table dept_item_view (
    dept_item_id        bigint       primary key,
    dept_id             bigint       not null,
    organization_id     bigint,
    merchant_id         bigint,
    user_id             bigint,
    check_item          varchar(64)  not null,
    item_name           varchar(128),
    is_fusion           boolean      not null default false,
    fusion_dept_item_id bigint,
    state               int          not null,                  -- 0 待审核, 10 已开通, -10 已驳回, -1 已禁用
    is_open             int          not null default 1,
    fee_type            int          not null default 10,       -- 10 查询计费, 20 查得计费
    charge_type         int,                                    -- fusion: 10 按子项, 20 按产品
    fee                 numeric(18,4) not null default 0,
    fee_detail          varchar(2000),
    free_count          int          not null default 0,
    cache_fetch_days    int,
    contract_state      int,
    org_code            varchar(64),
    source_list         jsonb        not null default '[]',     -- [{sourceId, dataSourceId, priority}]
    deleted             boolean      not null default false,
    effect_time         timestamp,
    version             bigint       not null default 0,
    updated_at          timestamp    not null
);
create index dept_item_view_dept on dept_item_view (dept_id, check_item);
create index dept_item_view_parent on dept_item_view (fusion_dept_item_id) where fusion_dept_item_id is not null;

-- wallet guard (F5-2): what a customer may still spend; blocked after WalletExhausted until a WalletChanged with
-- available > 0 arrives. pending spending since the snapshot is kept in memory by the guard.
create table wallet_guard (
    wallet_id           bigint       primary key,
    organization_id     bigint       not null,
    merchant_id         bigint,
    is_default          boolean      not null default false,
    appcode             varchar(64),
    balance             numeric(18,2),
    overdraft_state     int,                                    -- -1 锁定, 0 预充值, 10 允许超支, 20 月结
    overdraft_quota     numeric(18,2),
    available           numeric(18,2),                          -- null = no limit (月结)
    state               int,                                    -- -1 锁定, 0 待开通, 10 正常
    exhausted           boolean      not null default false,
    version             bigint       not null default 0,
    changed_at          timestamp,
    updated_at          timestamp    not null
);
create index wallet_guard_org on wallet_guard (organization_id) where is_default;

create table customer_view (
    organization_id     bigint       primary key,
    merchant_id         bigint,
    user_id             bigint,
    organization_name   varchar(256),
    state               int,                                    -- -1 禁用, 0 待审核, 10 正常
    customer_type       int,                                    -- 10 试用, 20 正式
    assistant_id        bigint,                                 -- salesman (userId) maintaining the customer
    deleted             boolean      not null default false,
    version             bigint       not null default 0,
    updated_at          timestamp    not null
);
create index customer_view_assistant on customer_view (assistant_id);
