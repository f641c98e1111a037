-- F15: a disabled/deleted customer's wallets are locked (overdraftState -1 已锁定: nothing beyond the balance may be
-- charged, svc-apicall's guard blocks); the overdraft state they had is kept here and restored on re-enable.
alter table wallet add column locked_overdraft_state int;
