-- Call path (issue 5, performance): the wallet guard re-bases on every WalletChanged of a customer's default wallet
-- with the charge lines younger than the snapshot (organization_id, create_date); that was a scan of the whole
-- charge_line table. The (wallet_id, create_date) index had no query: replaced, so a charge line keeps four indexes.
drop index if exists charge_line_wallet;
create index charge_line_org_date on charge_line (organization_id, create_date);
