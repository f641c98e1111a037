package com.nuoer.wallet.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import com.nuoer.common.messaging.EventTypes;
import com.nuoer.common.messaging.Topics;
import com.nuoer.common.messaging.events.ApiCallCharged;
import com.nuoer.common.messaging.events.ApiRecordCorrected;
import com.nuoer.common.messaging.events.CustomerChanged;
import com.nuoer.common.messaging.events.CustomerRegistered;
import com.nuoer.common.messaging.events.PaymentApproved;
import com.nuoer.wallet.support.ContactsStub;
import com.nuoer.wallet.support.WalletIT;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.rocketmq.common.message.MessageExt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The consumers: default wallet creation, payment credit, low-balance notices — each exactly once. */
class WalletEventsIntegrationTest extends WalletIT {

    @AfterEach
    void stubUp() {
        ContactsStub.failing.set(false);
    }

    private CustomerRegistered registered(long org, boolean monthly, String quota) {
        return new CustomerRegistered(org, org, org, "杭州测试科技有限公司" + org, "13900001111", "it@test.example", 2L,
                "A", null, null, null, null, 20, null, null, monthly, quota == null ? null : new BigDecimal(quota),
                true, null, "crm", LocalDateTime.now());
    }

    @Test
    void customerRegisteredDeliveredTwiceCreatesExactlyOneDefaultWallet() {
        long org = newId();
        MessageExt m = message(Topics.CUSTOMER_EVENT, UUID.randomUUID().toString(), EventTypes.CUSTOMER_REGISTERED,
                org, registered(org, true, "20000"));
        customerListener.onMessage(m);
        customerListener.onMessage(m);
        // re-produced under a new eventId: the unique default per merchant still holds
        customerListener.onMessage(message(Topics.CUSTOMER_EVENT, UUID.randomUUID().toString(),
                EventTypes.CUSTOMER_REGISTERED, org, registered(org, true, "20000")));

        List<Map<String, Object>> wallets = jdbc.queryForList(
                "select is_default, overdraft_state, overdraft_quota, account_name from wallet where merchant_id = ?", org);
        assertThat(wallets).hasSize(1);
        assertThat(wallets.get(0).get("is_default")).isEqualTo(true);
        assertThat(wallets.get(0).get("overdraft_state")).isEqualTo(20);
        assertThat((BigDecimal) wallets.get(0).get("overdraft_quota")).isEqualByComparingTo("20000");
        assertThat(jdbc.queryForObject("select assistant_id from customer_view where organization_id = ?", Long.class,
                org)).isEqualTo(2L);
        assertThat(jdbc.queryForObject("""
                select count(*) from outbox_event where event_type = 'WalletChanged'
                and aggregate_id = (select id::text from wallet where merchant_id = ?)""", Long.class, org)).isEqualTo(1L);
    }

    @Test
    void paymentApprovedTwiceCreditsOnce() {
        long org = newId();
        long walletId = newWallet(org, 0, "0", null);
        PaymentApproved p = new PaymentApproved("PM" + org, org, org, new BigDecimal("1500.00"),
                new BigDecimal("300.00"), new BigDecimal("1200.00"), BigDecimal.ZERO, 2L, null, null,
                LocalDate.now(), LocalDateTime.now());
        MessageExt m = message(Topics.BILLING_EVENT, UUID.randomUUID().toString(), EventTypes.PAYMENT_APPROVED,
                p.paymentNo(), p);
        billingListener.onMessage(m);
        billingListener.onMessage(m);
        billingListener.onMessage(message(Topics.BILLING_EVENT, UUID.randomUUID().toString(),
                EventTypes.PAYMENT_APPROVED, p.paymentNo(), p));

        assertThat(balance(walletId)).isEqualByComparingTo("1200.00");
        Map<String, Object> flow = jdbc.queryForMap(
                "select flow_type, biz_type, pay_method, business_no from wallet_flow where wallet_id = ?", walletId);
        assertThat(flow).containsEntry("flow_type", "in").containsEntry("biz_type", "recharge")
                .containsEntry("pay_method", "OFFLINE").containsEntry("business_no", p.paymentNo());
    }

    @Test
    void aCorrectedCallIsRefundedOnceEvenWhenTheEventComesTwice() {
        long org = newId();
        long walletId = newWallet(org, 0, "0", null);
        pay(org, "PMR" + org, "100.00");
        charge(org, walletId, "CB" + org, "10.00");
        ApiRecordCorrected corrected = new ApiRecordCorrected("SEQ" + org, 1L, org, org, null, "MOBILE_3E",
                LocalDate.now(), 1, 0, 1, 0, new BigDecimal("1.00"), BigDecimal.ZERO, "上游返回错误，免费", 1,
                LocalDateTime.now());
        MessageExt m = message(Topics.APICALL_EVENT, UUID.randomUUID().toString(), EventTypes.API_RECORD_CORRECTED,
                corrected.seqNo(), corrected);
        apicallListener.onMessage(m);
        apicallListener.onMessage(m);
        apicallListener.onMessage(message(Topics.APICALL_EVENT, UUID.randomUUID().toString(),
                EventTypes.API_RECORD_CORRECTED, corrected.seqNo(), corrected));

        assertThat(balance(walletId)).isEqualByComparingTo("91.00");
        assertThat(balance(walletId)).isEqualByComparingTo(sumOfFlows(walletId));
        assertThat(jdbc.queryForObject("select count(*) from wallet_flow where wallet_id = ? and biz_type = 'refund'"
                + " and business_no = ?", Long.class, walletId, corrected.seqNo() + ":1")).isEqualTo(1);
        // a correction that raises the fee changes nothing here
        apicallListener.onMessage(message(Topics.APICALL_EVENT, UUID.randomUUID().toString(),
                EventTypes.API_RECORD_CORRECTED, "SEQX" + org, new ApiRecordCorrected("SEQX" + org, 1L, org, org, null,
                        "MOBILE_3E", LocalDate.now(), 0, 1, 0, 1, BigDecimal.ZERO, new BigDecimal("1.00"), null, 1,
                        LocalDateTime.now())));
        assertThat(balance(walletId)).isEqualByComparingTo("91.00");
    }

    private void charge(long org, long walletId, String batchNo, String fee) {
        apicallListener.onMessage(message(Topics.APICALL_EVENT, UUID.randomUUID().toString(),
                EventTypes.API_CALL_CHARGED, walletId, new ApiCallCharged(batchNo, walletId, org, org, null, null,
                        List.of(new ApiCallCharged.Item("MOBILE_3E", "运营商三要素核验", 10, new BigDecimal(fee), "S1",
                                "S10")), LocalDateTime.now())));
    }

    private void pay(long org, String paymentNo, String amount) {
        billingListener.onMessage(message(Topics.BILLING_EVENT, UUID.randomUUID().toString(),
                EventTypes.PAYMENT_APPROVED, paymentNo, new PaymentApproved(paymentNo, org, org, new BigDecimal(amount),
                        BigDecimal.ZERO, new BigDecimal(amount), BigDecimal.ZERO, 2L, null, null, LocalDate.now(),
                        LocalDateTime.now())));
    }

    private long notices(long walletId) {
        return jdbc.queryForObject("""
                select count(*) from outbox_event where event_type = 'SendNotice' and aggregate_id = ?""",
                Long.class, String.valueOf(walletId));
    }

    @Test
    void lowBalanceNotifiesOncePerCrossingAndIsReArmedAboveTheThreshold() {
        long org = newId();
        long walletId = newWallet(org, 0, "0", "100");
        pay(org, "PM-A" + org, "150");
        assertThat(notices(walletId)).isZero();

        charge(org, walletId, "B1-" + org, "60");      // 150 → 90: crossing
        long first = notices(walletId);
        assertThat(first).isEqualTo(3);                  // contact 901 sms+email, 902 sms
        charge(org, walletId, "B2-" + org, "10");      // 90 → 80: still below, no new notice
        assertThat(notices(walletId)).isEqualTo(first);

        pay(org, "PM-B" + org, "200");                  // 80 → 280: re-armed
        charge(org, walletId, "B3-" + org, "250");     // 280 → 30: second crossing
        assertThat(notices(walletId)).isEqualTo(2 * first);
        assertThat(jdbc.queryForList("""
                select payload ->> 'bizKey' from outbox_event where event_type = 'SendNotice' and aggregate_id = ?""",
                String.class, String.valueOf(walletId))).doesNotHaveDuplicates()
                .allMatch(k -> k.startsWith("wallet-low:" + walletId + ":"));
        assertThat(jdbc.queryForObject("""
                select payload ->> 'templateCode' from outbox_event where event_type = 'SendNotice' and aggregate_id = ?
                limit 1""", String.class, String.valueOf(walletId))).isEqualTo("WALLET_LOW_BALANCE");
    }

    @Test
    void whenSvcCustomerIsDownTheChargeStillAppliesAndTheNoticeIsSentOnTheNextChange() {
        long org = newId();
        long walletId = newWallet(org, 0, "0", "100");
        pay(org, "PM-A" + org, "150");
        ContactsStub.failing.set(true);
        charge(org, walletId, "B1-" + org, "60");      // crossing, contacts unavailable
        assertThat(balance(walletId)).isEqualByComparingTo("90");
        assertThat(notices(walletId)).isZero();

        ContactsStub.failing.set(false);
        charge(org, walletId, "B2-" + org, "5");       // next change: the pending notice goes out, once
        assertThat(notices(walletId)).isEqualTo(3);
        charge(org, walletId, "B3-" + org, "5");
        assertThat(notices(walletId)).isEqualTo(3);
    }

    @Test
    void aPrepaidWalletRefusesABatchItCannotPayAndKeepsItAsArrearsOnce() {
        long org = newId();
        long walletId = newWallet(org, 0, "0", null);
        pay(org, "PM-A" + org, "50");
        charge(org, walletId, "B1-" + org, "80");
        charge(org, walletId, "B1-" + org, "80");
        assertThat(balance(walletId)).isEqualByComparingTo("50");
        assertThat(jdbc.queryForObject("select count(*) from wallet_arrears where wallet_id = ?", Long.class, walletId))
                .isEqualTo(1L);
        assertThat(jdbc.queryForObject("""
                select count(*) from outbox_event where event_type = 'WalletExhausted' and aggregate_id = ?""",
                Long.class, String.valueOf(walletId))).isEqualTo(1L);
    }

    private void customerChanged(long org, int state, boolean deleted, long version) {
        customerListener.onMessage(message(Topics.CUSTOMER_EVENT, UUID.randomUUID().toString(),
                EventTypes.CUSTOMER_CHANGED, org, new CustomerChanged(org, org, org, "测试客户" + org, null, null,
                        "13900000000", null, null, null, state, 20, null, null, 2L, deleted, version,
                        LocalDateTime.now())));
    }

    @Test
    void disablingACustomerLocksItsWalletsAndReEnablingRestoresTheirOverdraftState() {
        long org = newId();
        long walletId = newWallet(org, 10, "500", null);
        customerChanged(org, -1, false, 10);
        assertThat(jdbc.queryForObject("select overdraft_state from wallet where id = ?", Integer.class, walletId))
                .isEqualTo(-1);
        charge(org, walletId, "B-L" + org, "10");      // locked: nothing beyond the balance (0)
        assertThat(balance(walletId)).isEqualByComparingTo("0");
        customerChanged(org, 10, false, 5);              // an older snapshot changes nothing
        assertThat(jdbc.queryForObject("select overdraft_state from wallet where id = ?", Integer.class, walletId))
                .isEqualTo(-1);
        customerChanged(org, 10, false, 20);
        assertThat(jdbc.queryForObject("select overdraft_state from wallet where id = ?", Integer.class, walletId))
                .isEqualTo(10);
    }
}
