package com.nuoer.wallet.recharge;

import java.sql.SQLException;
import java.sql.Statement;
import org.apache.seata.common.loader.LoadLevel;
import org.apache.seata.rm.datasource.ConnectionProxy;
import org.apache.seata.rm.datasource.undo.AbstractUndoExecutor;
import org.apache.seata.rm.datasource.undo.SQLUndoLog;
import org.apache.seata.rm.datasource.undo.postgresql.PostgresqlUndoExecutorHolder;
import org.apache.seata.rm.datasource.undo.postgresql.PostgresqlUndoInsertExecutor;

/**
 * Seata's PostgreSQL undo executors, with one addition: the undo of an insert (a DELETE of the inserted row) first
 * sets the transaction-local {@code nuoer.seata_undo = on}. wallet_flow rows are immutable (trigger
 * {@code wallet_flow_immutable}); the only delete of a flow with its after_balance set that the trigger allows is this
 * one — the compensation of a payment credit whose global transaction rolled back (V21). Registered through
 * META-INF/services with a higher order than Seata's own "postgresql" holder.
 */
@LoadLevel(name = "postgresql", order = 100)
public class SeataUndoExecutors extends PostgresqlUndoExecutorHolder {

    @Override
    public AbstractUndoExecutor getInsertExecutor(SQLUndoLog sqlUndoLog) {
        return new PostgresqlUndoInsertExecutor(sqlUndoLog) {
            @Override
            public void executeOn(ConnectionProxy conn) throws SQLException {
                try (Statement st = conn.getTargetConnection().createStatement()) {
                    st.execute("select set_config('nuoer.seata_undo', 'on', true)");
                }
                super.executeOn(conn);
            }
        };
    }
}
