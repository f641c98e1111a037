-- Performance read model (flow F13). Inputs are stored as received (usage snapshots, approved payments) so that
-- sales_stat can be rebuilt from them at any time (replay); statistics endpoints read sales_stat only.

-- latest UsageAggregated snapshot per (day, dept, product); a snapshot overwrites the row when its version is higher
create table usage_snapshot (
    usage_date      date         not null,
    dept_id         bigint       not null,
    check_item      varchar(64)  not null,
    organization_id bigint,
    check_item_name varchar(128),
    call_count      bigint       not null default 0,
    charge_count    bigint       not null default 0,
    fee             numeric(18, 2) not null default 0,
    closed          boolean      not null default false,
    version         bigint       not null,
    received_at     timestamp    not null default now(),
    primary key (usage_date, dept_id, check_item)
);

-- approved payments, once per paymentNo
create table payment_record (
    payment_no     varchar(64) primary key,
    customer_id    bigint         not null,
    salesman_id    bigint,
    amount         numeric(18, 2) not null,
    royalty_rate   numeric(8, 4),
    royalty_amount numeric(18, 2),
    payment_date   date           not null,
    received_at    timestamp      not null default now()
);

-- one row per (day, salesman, customer, dept, product); payments use dept_id 0 and check_item ''.
-- royalty_amount = expected royalty from usage (inner: amount × maintain rate; outer: per spreader royalty);
-- payment_royalty_amount = royalty billing computed on approved payments.
create table sales_stat (
    statistics_date        date           not null,
    salesman_id            bigint         not null,
    customer_id            bigint         not null,
    dept_id                bigint         not null,
    check_item             varchar(64)    not null,
    role_type              varchar(16)    not null default 'inner',
    sales_amount           numeric(18, 2) not null default 0,
    charge_calls           bigint         not null default 0,
    call_count             bigint         not null default 0,
    royalty_amount         numeric(18, 2) not null default 0,
    payment_amount         numeric(18, 2) not null default 0,
    payment_royalty_amount numeric(18, 2) not null default 0,
    primary key (statistics_date, salesman_id, customer_id, dept_id, check_item, role_type)
);
create index sales_stat_salesman_ix on sales_stat (salesman_id, statistics_date);
create index sales_stat_customer_ix on sales_stat (customer_id, statistics_date);
