package com.nuoer.apicall.charge;

import com.nuoer.apicall.call.NodeIdLease;
import com.nuoer.common.messaging.EventTypes;
import com.nuoer.common.messaging.OutboxPublisher;
import com.nuoer.common.messaging.Topics;
import com.nuoer.common.messaging.events.ApiCallCharged;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Flow F5-6: every second the open charge lines are claimed ({@code FOR UPDATE SKIP LOCKED}, so several instances
 * never take the same line), grouped per wallet (walletId, else the customer's default wallet) and per product, and
 * published as one {@link ApiCallCharged} per wallet through the outbox — in the same transaction that stamps the
 * lines with the batchNo, so a line is in exactly one batch and svc-wallet's idempotency on batchNo does the rest.
 * Item fees are rounded to cents (HALF_UP) per product line.
 */
@Component
public class ChargeBatcher {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    private static final int MAX_LINES = 20_000;

    private record Line(long id, String seqNo, Long deptId, Long organizationId, Long merchantId, Long walletId,
                        String checkItem, BigDecimal fee) {
    }

    private record WalletKey(Long walletId, Long organizationId) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final OutboxPublisher outbox;
    private final Clock clock;
    private final AtomicInteger counter = new AtomicInteger();
    private final String node;

    /**
     * Batch numbers {@code CB<yyyyMMddHHmmss><node id, 2 digits><counter, 6 digits><W walletId | O organizationId>}:
     * the leased node id keeps the batches of two instances apart (their counters both start at 0, and a repeated
     * number would fail the charge_batch primary key and hold the lines back a round).
     */
    public ChargeBatcher(JdbcTemplate jdbc, TransactionTemplate tx, OutboxPublisher outbox, Clock clock,
                         NodeIdLease node) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.outbox = outbox;
        this.clock = clock;
        this.node = node.digits();
    }

    @Scheduled(fixedDelayString = "${nuoer.apicall.charge.batch-millis:1000}")
    public void scheduled() {
        batchOpenLines();
    }

    /** Groups and publishes the open lines; returns the number of batches. */
    public int batchOpenLines() {
        Integer n = tx.execute(s -> {
            List<Line> lines = jdbc.query("""
                    select id, seq_no, dept_id, organization_id, merchant_id, wallet_id, check_item, fee
                    from charge_line where batch_no is null order by id limit ? for update skip locked""",
                    (rs, i) -> new Line(rs.getLong(1), rs.getString(2), (Long) rs.getObject(3), (Long) rs.getObject(4),
                            (Long) rs.getObject(5), (Long) rs.getObject(6), rs.getString(7), rs.getBigDecimal(8)),
                    MAX_LINES);
            if (lines.isEmpty()) {
                return 0;
            }
            Map<WalletKey, List<Line>> byWallet = new LinkedHashMap<>();
            for (Line l : lines) {
                byWallet.computeIfAbsent(new WalletKey(l.walletId(), l.walletId() == null ? l.organizationId() : null),
                        k -> new ArrayList<>()).add(l);
            }
            LocalDateTime now = LocalDateTime.now(clock);
            for (var e : byWallet.entrySet()) {
                publish(e.getKey(), e.getValue(), now);
            }
            return byWallet.size();
        });
        return n == null ? 0 : n;
    }

    private void publish(WalletKey key, List<Line> lines, LocalDateTime now) {
        String batchNo = "CB" + STAMP.format(now) + node
                + String.format("%06d", Math.floorMod(counter.getAndIncrement(), 1_000_000))
                + (key.walletId() == null ? "O" + key.organizationId() : "W" + key.walletId());
        Map<String, List<Line>> byItem = new LinkedHashMap<>();
        lines.forEach(l -> byItem.computeIfAbsent(l.checkItem(), k -> new ArrayList<>()).add(l));
        List<ApiCallCharged.Item> items = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (var e : byItem.entrySet()) {
            BigDecimal fee = e.getValue().stream().map(Line::fee).reduce(BigDecimal.ZERO, BigDecimal::add)
                    .setScale(2, RoundingMode.HALF_UP);
            String from = e.getValue().stream().map(Line::seqNo).min(String::compareTo).orElse(null);
            String to = e.getValue().stream().map(Line::seqNo).max(String::compareTo).orElse(null);
            String name = jdbc.query("select item_name from check_item where check_item = ?",
                    (rs, i) -> rs.getString(1), e.getKey()).stream().findFirst().orElse(e.getKey());
            items.add(new ApiCallCharged.Item(e.getKey(), name, e.getValue().size(), fee, from, to));
            total = total.add(fee);
        }
        Line first = lines.get(0);
        Long deptId = lines.stream().allMatch(l -> Objects.equals(l.deptId(), first.deptId())) ? first.deptId() : null;
        ApiCallCharged event = new ApiCallCharged(batchNo, key.walletId(), first.organizationId(), first.merchantId(),
                deptId, null, items, now);
        jdbc.update("insert into charge_batch (batch_no, wallet_id, organization_id, merchant_id, dept_id, line_count, fee, create_date) values (?, ?, ?, ?, ?, ?, ?, ?)",
                batchNo, key.walletId(), first.organizationId(), first.merchantId(), deptId, lines.size(), total,
                Timestamp.valueOf(now));
        // one statement for the whole batch (not one per line)
        Long[] ids = lines.stream().map(Line::id).toArray(Long[]::new);
        jdbc.update(con -> {
            var ps = con.prepareStatement("update charge_line set batch_no = ? where id = any(?)");
            ps.setString(1, batchNo);
            ps.setArray(2, con.createArrayOf("int8", ids));
            return ps;
        });
        outbox.publish(Topics.APICALL_EVENT, EventTypes.API_CALL_CHARGED,
                key.walletId() != null ? key.walletId() : first.organizationId(), event);
    }
}
