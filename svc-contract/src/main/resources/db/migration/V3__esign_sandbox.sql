-- The built-in sandbox e-sign provider keeps its signing flows here (a real vendor keeps them on its side).
create table esign_sandbox_flow (
    flow_id        varchar(64)  primary key,
    contract_no    varchar(32)  not null,
    contract_name  varchar(100) not null,
    signer_mobile  varchar(20)  not null,
    signer_name    varchar(50),
    preview_key    varchar(200),
    status         varchar(16)  not null,
    reject_reason  varchar(500),
    callback_body  text,
    created_at     timestamp    not null,
    finished_at    timestamp
);
