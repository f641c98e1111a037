package com.nuoer.billing.customer;

import static org.assertj.core.api.Assertions.assertThat;

import com.nuoer.billing.support.BillingIT;
import com.nuoer.common.messaging.EventEnvelope;
import com.nuoer.common.messaging.EventTypes;
import com.nuoer.common.messaging.Topics;
import com.nuoer.common.messaging.events.CustomerChanged;
import com.nuoer.common.messaging.events.DeptChanged;
import java.time.LocalDateTime;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.rocketmq.common.message.MessageExt;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The customer projection follows the newest snapshot only; the salesman scope moves with assistantId. */
class CustomerProjectionIntegrationTest extends BillingIT {

    @Autowired CustomerEventListener listener;
    @Autowired CustomerDirectory directory;

    private void deliver(String type, Object payload) {
        EventEnvelope envelope = new EventEnvelope(UUID.randomUUID().toString(), type, LocalDateTime.now(), "1",
                "t", json.valueToTree(payload));
        MessageExt m = new MessageExt();
        m.setTopic(Topics.CUSTOMER_EVENT);
        m.setTags(type);
        try {
            m.setBody(json.writeValueAsBytes(envelope));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        listener.onMessage(m);
    }

    private static CustomerChanged changed(long org, String name, Long assistant, long version) {
        return new CustomerChanged(org, org, org, name, null, null, "13900000000", "联系人", "13900000000",
                "c" + org + "@it.example", 10, 20, null, null, assistant, false, version, LocalDateTime.now());
    }

    @Test
    void newerSnapshotsWinAndTheSalesmanScopeFollows() {
        long org = 3_000_000 + ThreadLocalRandom.current().nextLong(1_000_000);
        deliver(EventTypes.CUSTOMER_CHANGED, changed(org, "新客户", 2L, 5));
        deliver(EventTypes.DEPT_CHANGED, new DeptChanged(org, org, org, "新客户-正式账户", "app_" + org, "enc:v1:x",
                "prod", 1, "off", 3));
        deliver(EventTypes.CUSTOMER_CHANGED, changed(org, "旧名字", 2L, 4)); // older: ignored
        deliver(EventTypes.CUSTOMER_CHANGED, changed(org, "新客户", 202L, 6)); // reassigned to sales02

        assertThat(jdbc.queryForObject("select name from customer_view where organization_id = ?", String.class, org))
                .isEqualTo("新客户");
        var dept = directory.dept(org).orElseThrow();
        assertThat(dept.assistantId()).isEqualTo(202L);
        assertThat(dept.deptName()).isEqualTo("新客户-正式账户");
        assertThat(dept.emails()).containsExactly("c" + org + "@it.example");
        assertThat(sales(202).get("/mt/sales/finance/billStatement/selectReceivers/" + org).path("code").asInt())
                .isZero();
        assertThat(sales(2).get("/mt/sales/finance/billStatement/selectReceivers/" + org).path("code").asInt())
                .isEqualTo(40400);
    }
}
