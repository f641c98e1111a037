package com.nuoer.contract.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nuoer.common.messaging.EventTypes;
import com.nuoer.contract.support.ContractIntegrationSupport;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Paid signing SMS are rate-limited per contract (1/min, 5/day) and per mobile (10/day). */
class SmsLimitIntegrationTest extends ContractIntegrationSupport {

    @BeforeEach
    void startInTheMorning() {
        clock.advanceToNext(LocalTime.of(10, 0));
    }

    @Test
    void resendWithinAMinuteIsRefusedAndTheDailyLimitPerContractHolds() {
        Fixture f = newCustomer(2);
        String contractNo = preSubmit("admin", f, 0, List.of()).path("contractNo").asText();
        ok(submit("admin", f, contractNo)); // SMS 1

        JsonNode tooSoon = post("admin", "/mt/crm/deptContract/resendSms", Map.of("contractNo", contractNo));
        assertThat(tooSoon.path("code").asInt()).isEqualTo(42910);
        assertThat(tooSoon.path("msg").asText()).contains("每分钟");

        for (int i = 2; i <= 5; i++) {
            clock.advance(Duration.ofSeconds(61));
            ok(post("admin", "/mt/crm/deptContract/resendSms", Map.of("contractNo", contractNo)));
        }
        clock.advance(Duration.ofSeconds(61));
        JsonNode daily = post("sales01", "/mt/sales/contract/resendSms", Map.of("contractNo", contractNo));
        assertThat(daily.path("code").asInt()).isEqualTo(42911);
        assertThat(outbox(EventTypes.SEND_NOTICE, contractNo)).hasSize(5);
    }

    @Test
    void oneMobileGetsAtMostTenSigningSmsADay() {
        Fixture f = newCustomer(2);
        int sent = 0;
        for (int seq = 0; seq < 4; seq++) {
            String contractNo = preSubmit("admin", f, seq, List.of()).path("contractNo").asText();
            ok(submit("admin", f, contractNo));
            sent++;
            for (int i = 0; i < 2 && sent < 10; i++) {
                clock.advance(Duration.ofSeconds(61));
                ok(post("admin", "/mt/crm/deptContract/resendSms", Map.of("contractNo", contractNo)));
                sent++;
            }
            if (sent >= 10) {
                clock.advance(Duration.ofSeconds(61));
                JsonNode refused = post("admin", "/mt/crm/deptContract/resendSms", Map.of("contractNo", contractNo));
                assertThat(refused.path("code").asInt()).isEqualTo(42912);
                return;
            }
        }
        throw new AssertionError("the per-mobile limit was never reached");
    }
}
