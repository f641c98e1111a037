package com.nuoer.apicall.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nuoer.apicall.ApicallIntegrationBase;
import com.nuoer.apicall.projection.ProjectionStore;
import com.nuoer.apicall.record.RecordDtos.EditApiRecordRequest;
import com.nuoer.apicall.usage.UsagePublisher;
import com.nuoer.common.error.BizException;
import com.nuoer.common.messaging.OutboxPublisher;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * editApiRecord and the month's statement (domain.md §6-20), with a stub of svc-billing's answer: a fee correction
 * is refused once the statement is confirmed/archived (40934) and while svc-billing cannot tell (50300); other
 * corrections of such a record still pass; nothing is written or published by a refused correction.
 */
class StatementLockIntegrationTest extends ApicallIntegrationBase {

    @Autowired
    RecordQueries queries;
    @Autowired
    OutboxPublisher outbox;
    @Autowired
    UsagePublisher usage;
    @Autowired
    ProjectionStore projections;
    @Autowired
    Clock clock;
    @Autowired
    TransactionTemplate tx;

    private final List<YearMonth> asked = new ArrayList<>();

    private RecordService service(Optional<Boolean> answer) {
        StatementLock lock = (deptId, month) -> {
            asked.add(month);
            return answer;
        };
        return new RecordService(jdbc, queries, outbox, usage, projections, clock, lock, true);
    }

    private String record() {
        String seqNo = "202610151200000000" + String.format("%06d", (int) (Math.random() * 900_000) + 100_000);
        jdbc.update("""
                insert into api_record (seq_no, dept_id, app_id, organization_id, check_item, success, is_fee, fee, price,
                                        wallet_id, create_date)
                values (?, 1, 'nuoer_demo_app01', 1, 'MOBILE3_CHECK', 1, 1, 0.4, 0.4, 1, timestamp '2026-10-15 12:00:00')""",
                seqNo);
        return seqNo;
    }

    private BigDecimal fee(String seqNo) {
        return jdbc.queryForObject("select fee from api_record where seq_no = ?", BigDecimal.class, seqNo);
    }

    private static EditApiRecordRequest feeTo(String seqNo, String fee) {
        return new EditApiRecordRequest(seqNo, null, 1, new BigDecimal(fee), null, null, null, null, null);
    }

    @Test
    void theFeeOfAMonthWithAFinalStatementCannotChange() {
        String seqNo = record();
        RecordService locked = service(Optional.of(true));
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> locked.edit(feeTo(seqNo, "0.2"))))
                .isInstanceOf(BizException.class).extracting(e -> ((BizException) e).code()).isEqualTo(40934);
        assertThat(asked).containsExactly(YearMonth.of(2026, 10));
        assertThat(fee(seqNo)).isEqualByComparingTo("0.4");
        assertThat(outboxCount("ApiRecordCorrected", seqNo)).isZero();
        // a correction that leaves the fee alone is still possible
        tx.executeWithoutResult(s -> locked.edit(new EditApiRecordRequest(seqNo, null, null, null, null,
                "运营备注：上游回执已补", null, null, null)));
        assertThat(outboxCount("ApiRecordCorrected", seqNo)).isEqualTo(1);
    }

    @Test
    void whileBillingCannotTellTheFeeIsNotChanged() {
        String seqNo = record();
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> service(Optional.empty()).edit(feeTo(seqNo, "0.2"))))
                .isInstanceOf(BizException.class).extracting(e -> ((BizException) e).code()).isEqualTo(50300);
        assertThat(fee(seqNo)).isEqualByComparingTo("0.4");
        assertThat(outboxCount("ApiRecordCorrected", seqNo)).isZero();
    }

    @Test
    void anOpenMonthIsCorrectedAsBefore() {
        String seqNo = record();
        tx.executeWithoutResult(s -> service(Optional.of(false)).edit(feeTo(seqNo, "0.2")));
        assertThat(fee(seqNo)).isEqualByComparingTo("0.2");
        assertThat(outboxCount("ApiRecordCorrected", seqNo)).isEqualTo(1);
    }
}
