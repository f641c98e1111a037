package com.nuoer.apicall.call;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nuoer.apicall.open.OpenApiErrors;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Client {@code tradeNo} idempotency (issue 5): the first call of (dept, tradeNo) claims the key with a plain insert
 * (the primary key decides between concurrent callers); a replay with the same parameters gets the first answer —
 * waiting for it while the first call is still running — and is neither recorded nor charged again; the same key
 * with other parameters is refused (40920). A call that failed upstream leaves the key re-claimable.
 */
@Component
public class TradeLedger {

    public static final int IN_PROGRESS = 0;
    public static final int DONE = 10;
    public static final int FAILED = -10;

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final Clock clock;
    private final long waitMillis;

    public TradeLedger(JdbcTemplate jdbc, ObjectMapper json, Clock clock,
                       @Value("${nuoer.apicall.trade.wait-millis:5000}") long waitMillis) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.waitMillis = waitMillis;
    }

    /** Claimed (null) or the answer of the first call with that key. */
    public OpenAnswer claimOrReplay(Long deptId, String tradeNo, String checkItem, String requestHash) {
        long deadline = System.currentTimeMillis() + waitMillis;
        while (true) {
            int inserted = jdbc.update("""
                    insert into api_trade (dept_id, trade_no, check_item, request_hash, state, create_date)
                    values (?, ?, ?, ?, 0, ?) on conflict do nothing""",
                    deptId, tradeNo, checkItem, requestHash, Timestamp.valueOf(LocalDateTime.now(clock)));
            if (inserted == 1) {
                return null;
            }
            List<Map<String, Object>> rows = jdbc.queryForList(
                    "select check_item, request_hash, state, answer from api_trade where dept_id = ? and trade_no = ?",
                    deptId, tradeNo);
            if (rows.isEmpty()) {
                continue; // released in between: claim again
            }
            Map<String, Object> row = rows.get(0);
            if (!requestHash.equals(row.get("request_hash")) || !checkItem.equals(row.get("check_item"))) {
                throw OpenApiErrors.TRADE_NO_CONFLICT.exception();
            }
            int state = ((Number) row.get("state")).intValue();
            if (state == DONE) {
                try {
                    return json.readValue((String) row.get("answer"), OpenAnswer.class);
                } catch (Exception e) {
                    throw new IllegalStateException("stored answer unreadable for tradeNo " + tradeNo, e);
                }
            }
            if (state == FAILED && jdbc.update("""
                    update api_trade set state = 0 where dept_id = ? and trade_no = ? and state = -10""",
                    deptId, tradeNo) == 1) {
                return null;
            }
            if (System.currentTimeMillis() > deadline) {
                throw OpenApiErrors.TRADE_NO_IN_PROGRESS.exception();
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw OpenApiErrors.TRADE_NO_IN_PROGRESS.exception();
            }
        }
    }

    /** In the record's transaction: the answer of the key (DONE) or a retryable failure. */
    public void complete(Long deptId, String tradeNo, OpenAnswer answer, boolean done) {
        completeAll(List.<Object[]>of(completion(deptId, tradeNo, answer, done)));
    }

    /** The parameters of one {@link #completeAll} row. */
    public Object[] completion(Long deptId, String tradeNo, OpenAnswer answer, boolean done) {
        String text;
        try {
            text = json.writeValueAsString(answer);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return new Object[] {done ? DONE : FAILED, answer.seqNo(), text, deptId, tradeNo};
    }

    /** In the records' transaction: the keys' answers. */
    public void completeAll(List<Object[]> completions) {
        jdbc.batchUpdate("update api_trade set state = ?, seq_no = ?, answer = ? where dept_id = ? and trade_no = ?",
                completions);
    }

    /** The call ended before it was recorded (unexpected error): the key may be used again. */
    public void release(Long deptId, String tradeNo) {
        jdbc.update("delete from api_trade where dept_id = ? and trade_no = ? and state = 0", deptId, tradeNo);
    }
}
