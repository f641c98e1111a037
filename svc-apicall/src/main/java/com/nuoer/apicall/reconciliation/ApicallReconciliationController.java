package com.nuoer.apicall.reconciliation;

import com.nuoer.common.web.ApiResponse;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /internal/apicall/reconciliation?since=} — svc-apicall's local charge facts for svc-billing's
 * reconciliation, read in one repeatable-read snapshot, for what happened since the cutoff:
 * <ul>
 *   <li>the charge batches (batchNo, target wallet, fee, line count) with the totals recomputed from their lines and
 *       the state of their {@code ApiCallCharged} event in the outbox (relayed / pending / none);</li>
 *   <li>the charge lines not batched yet (count, Σ fee, oldest): money in flight;</li>
 *   <li>charged call records without a charge line, charge lines without a call record, and uncorrected records
 *       whose fee differs from their line (samples + counts) — "every charged call has its line and vice versa";</li>
 *   <li>the refunds svc-wallet owes for lowered fees: every {@code ApiRecordCorrected} with feeBefore &gt; feeAfter
 *       still in the outbox (businessNo seqNo:version).</li>
 * </ul>
 */
@RestController
@RequestMapping("/internal/apicall")
public class ApicallReconciliationController {

    private static final int SAMPLES = 50;

    public record Batch(String batchNo, Long walletId, Long organizationId, BigDecimal fee, Integer lineCount,
                        BigDecimal linesFee, Integer linesCount, LocalDateTime at, String event) {
    }

    public record OpenLines(Long count, BigDecimal fee, LocalDateTime oldest) {
    }

    public record Orphans(Long count, List<String> samples) {
    }

    public record Correction(String businessNo, String seqNo, Integer version, Long walletId, Long organizationId,
                             BigDecimal refund, LocalDateTime at) {
    }

    public record ApicallFacts(LocalDateTime since, LocalDateTime at, List<Batch> batches, OpenLines openLines,
                               Orphans recordsWithoutLine, Orphans linesWithoutRecord, Orphans feeMismatches,
                               List<Correction> corrections) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public ApicallReconciliationController(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @GetMapping("/reconciliation")
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public ApiResponse<ApicallFacts> reconciliation(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime since) {
        LocalDateTime at = LocalDateTime.now(clock);
        Timestamp from = Timestamp.valueOf(since);
        // records are looked up a day before the cutoff: a line and its record carry the same instant
        Timestamp recordsFrom = Timestamp.valueOf(since.minusDays(1));
        List<Batch> batches = jdbc.query("""
                with ev as (select payload ->> 'batchNo' batch_no,
                                   bool_or(published_at is not null) relayed
                            from outbox_event where event_type = 'ApiCallCharged' group by 1),
                     lines as (select batch_no, sum(item_fee) fee, sum(n) n
                               from (select batch_no, check_item, round(sum(fee), 2) item_fee, count(*) n
                                     from charge_line where batch_no in (select batch_no from charge_batch
                                                                         where create_date >= ?)
                                     group by batch_no, check_item) x group by batch_no)
                select b.batch_no, b.wallet_id, b.organization_id, b.fee, b.line_count, coalesce(l.fee, 0) lines_fee,
                       coalesce(l.n, 0) lines_n, b.create_date,
                       case when ev.batch_no is null then 'none' when ev.relayed then 'relayed' else 'pending' end ev
                from charge_batch b left join lines l on l.batch_no = b.batch_no
                left join ev on ev.batch_no = b.batch_no
                where b.create_date >= ? order by b.batch_no""",
                (rs, i) -> new Batch(rs.getString(1), (Long) rs.getObject(2), (Long) rs.getObject(3),
                        rs.getBigDecimal(4), rs.getInt(5), rs.getBigDecimal(6), rs.getInt(7),
                        rs.getTimestamp(8).toLocalDateTime(), rs.getString(9)), from, from);
        OpenLines open = jdbc.queryForObject("""
                select count(*), coalesce(sum(fee), 0), min(create_date) from charge_line where batch_no is null""",
                (rs, i) -> new OpenLines(rs.getLong(1), rs.getBigDecimal(2),
                        rs.getTimestamp(3) == null ? null : rs.getTimestamp(3).toLocalDateTime()));
        Orphans recordsWithoutLine = orphans("""
                select r.seq_no from api_record r
                where r.create_date >= ? and r.is_fee = 1 and r.fee > 0 and r.correct_version = 0
                  and not exists (select 1 from charge_line l where l.seq_no = r.seq_no)
                  and not exists (select 1 from wallet_guard g
                                  where g.overdraft_state = 20
                                    and (g.wallet_id = r.wallet_id
                                         or (r.wallet_id is null and g.organization_id = r.organization_id
                                             and g.is_default)))""", from);
        Orphans linesWithoutRecord = orphans("""
                select l.seq_no from charge_line l
                where l.create_date >= ?
                  and not exists (select 1 from api_record r where r.seq_no = l.seq_no and r.create_date >= ?)""",
                from, recordsFrom);
        Orphans feeMismatches = orphans("""
                select l.seq_no from charge_line l join api_record r on r.seq_no = l.seq_no and r.create_date >= ?
                where l.create_date >= ? and r.correct_version = 0 and (r.fee <> l.fee or r.is_fee <> 1)""",
                recordsFrom, from);
        List<Correction> corrections = jdbc.query("""
                select payload ->> 'seqNo', (payload ->> 'version')::int, (payload ->> 'walletId')::bigint,
                       (payload ->> 'organizationId')::bigint,
                       round(coalesce((payload ->> 'feeBefore')::numeric, 0)
                             - coalesce((payload ->> 'feeAfter')::numeric, 0), 2) refund, occurred_at
                from outbox_event
                where event_type = 'ApiRecordCorrected' and occurred_at >= ?
                  and coalesce((payload ->> 'feeBefore')::numeric, 0) > coalesce((payload ->> 'feeAfter')::numeric, 0)
                order by id""",
                (rs, i) -> new Correction(rs.getString(1) + ":" + rs.getInt(2), rs.getString(1), rs.getInt(2),
                        (Long) rs.getObject(3), (Long) rs.getObject(4), rs.getBigDecimal(5),
                        rs.getTimestamp(6).toLocalDateTime()), from);
        corrections = corrections.stream().filter(c -> c.refund().signum() > 0).toList();
        return ApiResponse.ok(new ApicallFacts(since, at, batches, open, recordsWithoutLine, linesWithoutRecord,
                feeMismatches, corrections));
    }

    private Orphans orphans(String sql, Object... args) {
        List<String> all = jdbc.queryForList(sql + " limit " + (SAMPLES + 1), String.class, args);
        long count = all.size() <= SAMPLES ? all.size()
                : jdbc.queryForObject("select count(*) from (" + sql + ") x", Long.class, args);
        return new Orphans(count, all.stream().limit(SAMPLES).toList());
    }
}
