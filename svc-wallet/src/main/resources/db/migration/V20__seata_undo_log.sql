-- Seata AT undo log (the PostgreSQL script of Seata 2.x): the before/after images of a branch of the payment-audit
-- global transaction, written by the Seata data-source proxy in the branch's local transaction and deleted at the
-- global commit; read to compensate at a global rollback. Unused while seata.enabled=false.
create table if not exists undo_log (
    id            bigserial    not null,
    branch_id     bigint       not null,
    xid           varchar(128) not null,
    context       varchar(128) not null,
    rollback_info bytea        not null,
    log_status    int          not null,
    log_created   timestamp(0) not null,
    log_modified  timestamp(0) not null,
    constraint pk_undo_log primary key (id),
    constraint ux_undo_log unique (xid, branch_id)
);
create index if not exists ix_undo_log_created on undo_log (log_created);
create sequence if not exists undo_log_id_seq increment by 1 minvalue 1;
