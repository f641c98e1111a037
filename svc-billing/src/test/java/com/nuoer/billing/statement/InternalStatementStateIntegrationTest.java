package com.nuoer.billing.statement;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nuoer.billing.support.BillingIT;
import org.junit.jupiter.api.Test;

/** The statement state svc-apicall asks before an ops correction changes the fee of a call. */
class InternalStatementStateIntegrationTest extends BillingIT {

    @Test
    void anArchivedMonthIsLocked() {
        // demo: BSDEMO9004 = dept 301, 2026-10, archived (30)
        JsonNode r = crm().get("/internal/billing/statement/state?deptId=301&billDate=2026-10");
        assertThat(r.path("code").asInt()).isZero();
        assertThat(r.path("data").path("statementNo").asText()).isEqualTo("BSDEMO9004");
        assertThat(r.path("data").path("state").asInt()).isEqualTo(30);
        assertThat(r.path("data").path("locked").asBoolean()).isTrue();
    }

    @Test
    void aMonthWithoutStatementAnswersNoData() {
        JsonNode r = crm().get("/internal/billing/statement/state?deptId=301&billDate=1999-01");
        assertThat(r.path("code").asInt()).isZero();
        assertThat(r.path("data").isNull() || r.path("data").isMissingNode()).isTrue();
    }

    @Test
    void aStatementStillBeingCheckedIsNotLocked() {
        jdbc.update("update bill_statement set state = 0 where statement_no = 'BSDEMO9012'");
        JsonNode r = crm().get("/internal/billing/statement/state?deptId=1&billDate=2026-06");
        assertThat(r.path("data").path("state").asInt()).isZero();
        assertThat(r.path("data").path("locked").asBoolean()).isFalse();
    }
}
