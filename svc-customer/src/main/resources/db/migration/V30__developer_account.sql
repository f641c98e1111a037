-- Developer accounts (issue 3, flow F2): app_secret is stored encrypted at rest (AES-256-GCM, format
-- "enc:v1:" + base64(iv || ciphertext || tag), key nuoer.customer.secret-key); the ciphertext is longer than the
-- plain secret, so the column is widened. Rows written before this version still hold the plain secret: the service
-- encrypts them at start-up (DeptSecretBackfill), so no key has to be known by a migration.
alter table dept alter column app_secret type varchar(256);

-- monotonic version of the account, carried by every DeptChanged event so consumers can drop stale ones
alter table dept add column version bigint not null default 0;
