package com.nuoer.wallet.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nuoer.common.messaging.EventEnvelope;
import com.nuoer.common.session.IdentityHeaders;
import com.nuoer.testsupport.IntegrationTest;
import com.nuoer.wallet.events.ApicallEventListener;
import com.nuoer.wallet.events.BillingEventListener;
import com.nuoer.wallet.events.CustomerEventListener;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.rocketmq.common.message.MessageExt;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Base of svc-wallet's integration tests: one shared context on the real engines (database nuoer_wallet_it), with
 * svc-customer's contacts answered by {@link ContactsStub}. Helpers deliver events through the real listeners
 * (inbox included) and create fresh customers/wallets with unique ids so tests never disturb each other.
 */
@IntegrationTest
@TestPropertySource(properties = "nuoer.db.name=nuoer_wallet_it")
public abstract class WalletIT {

    private static final AtomicLong IDS = new AtomicLong(System.currentTimeMillis() % 1_000_000_000L * 100);

    @DynamicPropertySource
    static void contacts(DynamicPropertyRegistry registry) {
        registry.add("spring.cloud.discovery.client.simple.instances.svc-customer[0].uri",
                () -> "http://127.0.0.1:" + ContactsStub.port());
    }

    @Autowired protected JdbcTemplate jdbc;
    @Autowired protected ObjectMapper json;
    @Autowired protected TestRestTemplate http;
    @Autowired protected IdentityHeaders signer;
    @Autowired protected CustomerEventListener customerListener;
    @Autowired protected ApicallEventListener apicallListener;
    @Autowired protected BillingEventListener billingListener;

    protected static long newId() {
        return IDS.incrementAndGet();
    }

    /** A message as RocketMQ would hand it to a listener. */
    protected MessageExt message(String topic, String eventId, String type, Object aggregateId, Object payload) {
        JsonNode body = json.valueToTree(payload);
        EventEnvelope envelope = new EventEnvelope(eventId, type, LocalDateTime.now(), String.valueOf(aggregateId),
                UUID.randomUUID().toString().replace("-", ""), body);
        MessageExt m = new MessageExt();
        m.setTopic(topic);
        m.setTags(type);
        m.setMsgId(UUID.randomUUID().toString());
        try {
            m.setBody(json.writeValueAsBytes(envelope));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return m;
    }

    /** A fresh default wallet (org = merchant = id) with the given overdraft rule and opening balance 0. */
    protected long newWallet(long org, int overdraftState, String quota, String threshold) {
        Long id = jdbc.queryForObject("""
                insert into wallet (organization_id, merchant_id, user_id, account_name, is_default, overdraft_state,
                                    overdraft_quota, forewarn_threshold)
                values (?, ?, ?, ?, true, ?, ?, ?) returning id""", Long.class, org, org, org, "测试客户" + org,
                overdraftState, new BigDecimal(quota), threshold == null ? null : new BigDecimal(threshold));
        jdbc.update("""
                insert into customer_view (organization_id, merchant_id, user_id, name, mobile, assistant_id)
                values (?, ?, ?, ?, '13900000000', 2) on conflict do nothing""", org, org, org, "测试客户" + org);
        return id;
    }

    protected BigDecimal balance(long walletId) {
        return jdbc.queryForObject("select balance from wallet where id = ?", BigDecimal.class, walletId);
    }

    protected BigDecimal sumOfFlows(long walletId) {
        return jdbc.queryForObject("""
                select coalesce(sum(case when flow_type = 'in' then flow_amount else -flow_amount end), 0)
                from wallet_flow where wallet_id = ?""", BigDecimal.class, walletId);
    }

    protected Caller beeback(long org) {
        return Caller.of(Map.of("appcode", "beeback", "userId", org, "enterpriseId", org, "merchantId", org), this);
    }

    protected Caller crm() {
        return Caller.of(Map.of("appcode", "crm", "userId", 1, "roles", java.util.List.of("ops"),
                "menus", java.util.List.of("crm:wallet")), this);
    }

    protected Caller crmWith(java.util.List<String> menus) {
        return Caller.of(Map.of("appcode", "crm", "userId", 1, "roles", java.util.List.of("ops"), "menus", menus),
                this);
    }

    protected Caller sales(long salesmanId) {
        return Caller.of(Map.of("appcode", "sales", "userId", salesmanId, "salesmanId", salesmanId,
                "isAppManage", false, "roles", java.util.List.of("salesman"), "menus", java.util.List.of()), this);
    }

}
