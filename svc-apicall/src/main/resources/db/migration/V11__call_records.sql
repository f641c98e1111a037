-- Call records (domain.md §2.3 ApiRecord / UpstreamRecord; F5). Designed for hundreds of millions of rows:
-- declarative monthly range partitions on create_date (every query carries a date range, default the last 31 days,
-- so the planner prunes to one or two months), a default partition as a safety net, and partitions created ahead by
-- RecordPartitions (function api_record_ensure_partition). seqNo starts with yyyyMMddHHmmssSSS, so a seqNo alone
-- names its partition; uniqueness is (seq_no, create_date) per partition, and seqNos are generated unique anyway.

create sequence api_record_id_seq start with 10000;
create sequence upstream_record_id_seq start with 10000;

create table api_record (
    id              bigint        not null default nextval('api_record_id_seq'),
    seq_no          varchar(40)   not null,
    trade_no        varchar(64),
    dept_id         bigint        not null,
    app_id          varchar(64)   not null,
    organization_id bigint,
    dept_item_id    bigint,
    check_item      varchar(64)   not null,
    tag             varchar(64),
    name            varchar(128),
    id_card         varchar(128),
    mobile          varchar(128),
    encryption_type int           not null default 1,
    sign            varchar(128),
    phone_region    varchar(64),
    result          text,
    found           boolean       not null default false,
    success         int           not null,                -- 1 answered, 0 failed
    result_code     int,
    result_msg      varchar(500),
    is_fee          int           not null default 0,
    free            boolean       not null default false,   -- covered by the free count
    fee             numeric(18,4) not null default 0,
    price           numeric(18,4),                          -- unit price in force
    cache_flag      int           not null default 0,
    final_source    varchar(64),
    time            int,                                    -- ms
    request_ip      varchar(64),
    extend          varchar(2000),
    org_code        varchar(64),
    wallet_id       bigint,
    correct_version int           not null default 0,
    create_date     timestamp     not null,
    primary key (id, create_date)
) partition by range (create_date);

create table upstream_record (
    id                 bigint        not null default nextval('upstream_record_id_seq'),
    seq_no             varchar(40)   not null,
    upstream_config_id bigint,
    data_source_id     bigint,
    data_source_code   varchar(64),
    data_source_name   varchar(128),
    third_seq_no       varchar(64),
    req_param          text,
    response           text,
    url                varchar(512),
    time               int,                                  -- ms
    stack              text,
    item               varchar(64),
    extra              varchar(2000),
    outer_name         varchar(128),
    outer_type         int,
    is_fee             int           not null default 0,
    cost               numeric(18,4) not null default 0,
    success            boolean       not null default false,
    dept_id            bigint,
    app_id             varchar(64),
    tag                varchar(64),
    create_date        timestamp     not null,
    primary key (id, create_date)
) partition by range (create_date);

-- creates the month partition of api_record and upstream_record holding day d (idempotent)
create or replace function api_record_ensure_partition(d date) returns void language plpgsql as $$
declare
    m date := date_trunc('month', d)::date;
    n date := (date_trunc('month', d) + interval '1 month')::date;
    suffix text := to_char(m, 'YYYYMM');
begin
    execute format('create table if not exists api_record_%s partition of api_record for values from (%L) to (%L)',
                   suffix, m, n);
    execute format('create table if not exists upstream_record_%s partition of upstream_record for values from (%L) to (%L)',
                   suffix, m, n);
end $$;

create table api_record_default partition of api_record default;
create table upstream_record_default partition of upstream_record default;

do $$
declare
    d date := date '2026-01-01';
begin
    while d <= date '2027-12-01' loop
        perform api_record_ensure_partition(d);
        d := (d + interval '1 month')::date;
    end loop;
end $$;

-- indexes on the partitioned parents (created on every partition): each matches a filter of recordList
create unique index api_record_seq_no on api_record (seq_no, create_date);
create index api_record_dept_date on api_record (dept_id, create_date desc, id desc);
create index api_record_date on api_record (create_date desc, id desc);
create index api_record_item_date on api_record (check_item, create_date desc);
create index api_record_trade_no on api_record (trade_no) where trade_no is not null;
create index api_record_id_card on api_record (id_card) where id_card is not null;
create index api_record_mobile on api_record (mobile) where mobile is not null;
create index upstream_record_seq_no on upstream_record (seq_no);

-- tradeNo idempotency (F5, issue 5): one row per (dept, tradeNo); the first call owns it, replays read its answer
create table api_trade (
    dept_id      bigint       not null,
    trade_no     varchar(64)  not null,
    check_item   varchar(64)  not null,
    request_hash varchar(64)  not null,
    seq_no       varchar(40),
    state        int          not null default 0,   -- 0 处理中, 10 完成, -10 失败 (the key may be retried)
    answer       text,                 -- the first answer, exactly as it was sent
    create_date  timestamp    not null,
    primary key (dept_id, trade_no)
);

-- cached answers (F5-3): key = checkItem + ":" + hash(name|idCard|mobile|scene) (md5 or sha256)
create table api_cache (
    cache_key       varchar(128) primary key,
    check_item      varchar(64)  not null,
    encryption_type int          not null default 2,
    scene           varchar(64)  not null default '',
    cache_value     text         not null,
    found           boolean      not null default true,
    seq_no          varchar(40),
    create_date     timestamp    not null,
    expire_at       timestamp    not null
);
create index api_cache_item on api_cache (check_item, create_date desc);
