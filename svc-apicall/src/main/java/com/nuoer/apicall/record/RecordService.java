package com.nuoer.apicall.record;

import com.nuoer.apicall.call.SeqNos;
import com.nuoer.apicall.projection.ProjectionStore;
import com.nuoer.apicall.record.RecordDtos.EditApiRecordRequest;
import com.nuoer.apicall.record.RecordDtos.RecordView;
import com.nuoer.apicall.usage.UsagePublisher;
import com.nuoer.common.error.BizException;
import com.nuoer.common.messaging.EventTypes;
import com.nuoer.common.messaging.OutboxPublisher;
import com.nuoer.common.messaging.Topics;
import com.nuoer.common.messaging.events.ApiRecordCorrected;
import com.nuoer.common.session.SessionContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.time.YearMonth;
import com.nuoer.common.error.ErrorCode;
import org.springframework.beans.factory.annotation.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ops corrections of a call record ({@code editApiRecord}, flow F5-8, domain.md §6-20): the record is updated, its
 * correct_version rises, and in the same transaction {@code ApiRecordCorrected} (svc-wallet refunds what was charged
 * too much) and the recomputed {@code UsageAggregated} snapshot of its day are written to the outbox. A correction
 * that changes nothing publishes nothing. A correction of the fee is refused (409 40934) once the month's statement
 * is confirmed or archived in svc-billing, and (503) while svc-billing cannot tell.
 */
@Service
public class RecordService {

    private static final Logger log = LoggerFactory.getLogger(RecordService.class);
    /** editApiRecord: the fee of a call whose month's statement is confirmed/archived cannot change. */
    public static final int STATEMENT_FINAL = 40934;

    private final JdbcTemplate jdbc;
    private final RecordQueries queries;
    private final OutboxPublisher outbox;
    private final UsagePublisher usage;
    private final ProjectionStore projections;
    private final Clock clock;
    private final StatementLock statements;
    private final boolean requireStatementState;

    public RecordService(JdbcTemplate jdbc, RecordQueries queries, OutboxPublisher outbox, UsagePublisher usage,
                         ProjectionStore projections, Clock clock, StatementLock statements,
                         @Value("${nuoer.apicall.record.require-statement-state:true}") boolean requireStatementState) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.outbox = outbox;
        this.usage = usage;
        this.projections = projections;
        this.clock = clock;
        this.statements = statements;
        this.requireStatementState = requireStatementState;
    }

    @Transactional
    public RecordView edit(EditApiRecordRequest r) {
        LocalDate day = SeqNos.dayOf(r.seqNo());
        if (day == null) {
            throw BizException.notFound("调用记录");
        }
        Timestamp from = Timestamp.valueOf(day.atStartOfDay());
        Timestamp to = Timestamp.valueOf(day.plusDays(1).atStartOfDay());
        Map<String, Object> row = jdbc.queryForList("""
                select id, create_date, dept_id, organization_id, wallet_id, check_item, success, is_fee, fee, result,
                       result_msg, result_code, tag, extend, correct_version
                from api_record where seq_no = ? and create_date >= ? and create_date < ? for update""",
                r.seqNo(), from, to).stream().findFirst().orElseThrow(() -> BizException.notFound("调用记录"));
        int successBefore = ((Number) row.get("success")).intValue();
        int isFeeBefore = ((Number) row.get("is_fee")).intValue();
        BigDecimal feeBefore = (BigDecimal) row.get("fee");
        int successAfter = r.success() != null ? r.success() : successBefore;
        int isFeeAfter = r.isFee() != null ? r.isFee() : isFeeBefore;
        BigDecimal feeAfter = r.fee() != null ? r.fee().setScale(4, RoundingMode.HALF_UP) : feeBefore;
        if (isFeeAfter == 0) {
            feeAfter = BigDecimal.ZERO.setScale(4);
        }
        boolean changed = successAfter != successBefore || isFeeAfter != isFeeBefore || feeAfter.compareTo(feeBefore) != 0
                || changed(r.result(), row.get("result")) || changed(r.resultMsg(), row.get("result_msg"))
                || (r.resultCode() != null && !Objects.equals(r.resultCode(), row.get("result_code")))
                || changed(r.tag(), row.get("tag")) || changed(r.extend(), row.get("extend"));
        if (changed && (isFeeAfter != isFeeBefore || feeAfter.compareTo(feeBefore) != 0)) {
            // §6-20: the fee of a month whose statement is confirmed or archived is final
            Long deptId = ((Number) row.get("dept_id")).longValue();
            Optional<Boolean> locked = statements.locked(deptId, YearMonth.from(day));
            if (locked.orElse(false)) {
                throw new BizException(STATEMENT_FINAL, "该月对账单已确认或已归档，不能再修改这条调用记录的费用");
            }
            if (locked.isEmpty() && requireStatementState) {
                throw new BizException(ErrorCode.SERVICE_UNAVAILABLE,
                        "暂时无法确认该月对账单的状态（账单服务不可用），请稍后再修改费用");
            }
        }
        if (changed) {
            int version = ((Number) row.get("correct_version")).intValue() + 1;
            jdbc.update("""
                    update api_record set success = ?, is_fee = ?, fee = ?, result = coalesce(?, result),
                        result_msg = coalesce(?, result_msg), result_code = coalesce(?, result_code),
                        tag = coalesce(?, tag), extend = coalesce(?, extend), correct_version = ?,
                        free = case when ? = 1 then false else free end
                    where id = ? and create_date = ?""",
                    successAfter, isFeeAfter, feeAfter, r.result(), r.resultMsg(), r.resultCode(), r.tag(), r.extend(),
                    version, isFeeAfter, row.get("id"), row.get("create_date"));
            Long deptId = ((Number) row.get("dept_id")).longValue();
            Long organizationId = row.get("organization_id") == null ? null : ((Number) row.get("organization_id")).longValue();
            Long merchantId = projections.customer(organizationId).map(c -> c.merchantId()).orElse(null);
            String checkItem = (String) row.get("check_item");
            String operator = SessionContext.current().map(s -> s.username()).orElse("ops");
            outbox.publish(Topics.APICALL_EVENT, EventTypes.API_RECORD_CORRECTED, r.seqNo(), new ApiRecordCorrected(
                    r.seqNo(), deptId, organizationId, merchantId,
                    row.get("wallet_id") == null ? null : ((Number) row.get("wallet_id")).longValue(), checkItem, day,
                    successBefore, successAfter, isFeeBefore, isFeeAfter, feeBefore, feeAfter,
                    "运营修正(" + operator + ")", version, LocalDateTime.now(clock)));
            usage.republish(new UsagePublisher.Key(day, deptId, checkItem));
            log.info("api record {} corrected by {} (version {})", r.seqNo(), operator, version);
        }
        return queries.detail(r.seqNo(), RecordScope.all()).orElseThrow(() -> BizException.notFound("调用记录"));
    }

    private static boolean changed(String given, Object current) {
        return given != null && !given.equals(current);
    }
}
