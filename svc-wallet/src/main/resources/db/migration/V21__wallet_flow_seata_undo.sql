-- Seata AT (issue 9/13): a global payment audit that rolls back compensates svc-wallet's committed credit from its
-- undo_log — deleting the flow it inserted. That delete, and only that one, runs with nuoer.seata_undo = on
-- (transaction-local, set by SeataUndoExecutors); every other rule of the immutable ledger stays.
create or replace function wallet_flow_immutable() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        if old.after_balance is null or current_setting('nuoer.seata_undo', true) = 'on' then
            return old;
        end if;
        raise exception 'wallet_flow % is immutable', old.id;
    end if;
    if old.after_balance is null and new.after_balance is not null and new.wallet_version is not null
       and (new.wallet_id, new.flow_no, new.flow_type, new.biz_type, new.business_no, new.flow_amount)
           is not distinct from (old.wallet_id, old.flow_no, old.flow_type, old.biz_type, old.business_no, old.flow_amount) then
        return new;
    end if;
    raise exception 'wallet_flow % is immutable', old.id;
end $$;
