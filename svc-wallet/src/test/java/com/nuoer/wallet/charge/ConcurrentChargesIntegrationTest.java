package com.nuoer.wallet.charge;

import static org.assertj.core.api.Assertions.assertThat;

import com.nuoer.common.messaging.EventTypes;
import com.nuoer.common.messaging.Topics;
import com.nuoer.common.messaging.events.ApiCallCharged;
import com.nuoer.common.messaging.events.PaymentApproved;
import com.nuoer.wallet.support.WalletIT;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.apache.rocketmq.common.message.MessageExt;
import org.junit.jupiter.api.Test;

/**
 * 64 threads charging (ApiCallCharged) and recharging (PaymentApproved) one wallet through the real listeners
 * (inbox included), every message delivered twice and some batches re-produced under a new eventId.
 */
class ConcurrentChargesIntegrationTest extends WalletIT {

    private static final int THREADS = 64;
    private static final int OPS_PER_THREAD = 12;

    record Op(String cause, boolean charge, BigDecimal amount, List<MessageExt> deliveries) {
    }

    private List<Op> operations(long org, long walletId, long seed) {
        Random random = new Random(seed);
        List<Op> ops = new ArrayList<>();
        for (int i = 0; i < THREADS * OPS_PER_THREAD; i++) {
            boolean charge = random.nextInt(4) != 0;
            BigDecimal amount = BigDecimal.valueOf(1 + random.nextInt(20_000), 2);
            String cause = (charge ? "B" : "P") + org + "-" + i;
            List<MessageExt> deliveries = new ArrayList<>();
            String eventId = UUID.randomUUID().toString();
            Object payload;
            String topic;
            String type;
            if (charge) {
                payload = new ApiCallCharged(cause, walletId, org, org, null, null, List.of(
                        new ApiCallCharged.Item("MOBILE_3E", "运营商三要素核验", 3, amount.subtract(new BigDecimal("0.01")),
                                "R" + i + "-1", "R" + i + "-3"),
                        new ApiCallCharged.Item("ID_2E", "身份二要素", 1, new BigDecimal("0.01"), "R" + i + "-4",
                                "R" + i + "-4")), LocalDateTime.now());
                topic = Topics.APICALL_EVENT;
                type = EventTypes.API_CALL_CHARGED;
            } else {
                payload = new PaymentApproved(cause, org, org, amount, BigDecimal.ZERO, amount, BigDecimal.ZERO, 2L,
                        null, null, LocalDate.now(), LocalDateTime.now());
                topic = Topics.BILLING_EVENT;
                type = EventTypes.PAYMENT_APPROVED;
            }
            MessageExt m = message(topic, eventId, type, walletId, payload);
            deliveries.add(m);
            deliveries.add(m); // redelivery: same eventId
            if (i % 5 == 0) {   // re-produced: same cause, new eventId
                deliveries.add(message(topic, UUID.randomUUID().toString(), type, walletId, payload));
            }
            ops.add(new Op(cause, charge, amount, deliveries));
        }
        return ops;
    }

    private void deliverConcurrently(List<Op> ops) throws InterruptedException {
        List<MessageExt> all = new ArrayList<>();
        ops.forEach(o -> all.addAll(o.deliveries()));
        Collections.shuffle(all, new Random(7));
        ConcurrentLinkedQueue<MessageExt> queue = new ConcurrentLinkedQueue<>(all);
        ConcurrentLinkedQueue<Throwable> errors = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        for (int t = 0; t < THREADS; t++) {
            pool.execute(() -> {
                try {
                    start.await();
                    MessageExt m;
                    while ((m = queue.poll()) != null) {
                        if (Topics.APICALL_EVENT.equals(m.getTopic())) {
                            apicallListener.onMessage(m);
                        } else {
                            billingListener.onMessage(m);
                        }
                    }
                } catch (Throwable e) {
                    errors.add(e);
                }
            });
        }
        start.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(5, TimeUnit.MINUTES)).isTrue();
        assertThat(errors).isEmpty();
    }

    private void assertLedgerConsistent(long walletId, BigDecimal quota) {
        assertThat(balance(walletId)).isEqualByComparingTo(sumOfFlows(walletId));
        List<Map<String, Object>> flows = jdbc.queryForList("""
                select flow_type, flow_amount, after_balance, wallet_version from wallet_flow
                where wallet_id = ? order by id""", walletId);
        BigDecimal running = BigDecimal.ZERO;
        long version = -1;
        for (Map<String, Object> f : flows) {
            BigDecimal amount = (BigDecimal) f.get("flow_amount");
            running = "in".equals(f.get("flow_type")) ? running.add(amount) : running.subtract(amount);
            assertThat((BigDecimal) f.get("after_balance")).as("after_balance in id order").isEqualByComparingTo(running);
            assertThat(running).as("never below -quota").isGreaterThanOrEqualTo(quota.negate());
            long v = ((Number) f.get("wallet_version")).longValue();
            assertThat(v).as("versions increase with ids").isGreaterThan(version);
            version = v;
        }
    }

    @Test
    void chargesAndRechargesOfOneWalletFromSixtyFourThreadsAreAppliedExactlyOnce() throws Exception {
        long org = newId();
        BigDecimal quota = new BigDecimal("1000000.00");
        long walletId = newWallet(org, 10, quota.toPlainString(), null);
        List<Op> ops = operations(org, walletId, 42);

        deliverConcurrently(ops);

        BigDecimal expected = ops.stream().map(o -> o.charge() ? o.amount().negate() : o.amount())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(balance(walletId)).isEqualByComparingTo(expected);
        assertThat(jdbc.queryForObject("select count(*) from wallet_flow where wallet_id = ?", Long.class, walletId))
                .isEqualTo((long) ops.size());
        assertThat(jdbc.queryForObject("select count(*) from wallet_arrears where wallet_id = ?", Long.class, walletId))
                .isZero();
        assertLedgerConsistent(walletId, quota);
    }

    @Test
    void whenTheQuotaIsTightEveryBatchIsEitherChargedOrKeptAsArrearsAndTheBalanceNeverPassesTheQuota()
            throws Exception {
        long org = newId();
        BigDecimal quota = new BigDecimal("100.00");
        long walletId = newWallet(org, 10, quota.toPlainString(), null);
        List<Op> ops = operations(org, walletId, 4242);

        deliverConcurrently(ops);

        List<String> applied = jdbc.queryForList("select business_no from wallet_flow where wallet_id = ?",
                String.class, walletId);
        List<String> arrears = jdbc.queryForList("select business_no from wallet_arrears where wallet_id = ?",
                String.class, walletId);
        assertThat(applied).doesNotHaveDuplicates();
        assertThat(arrears).doesNotContainAnyElementsOf(applied);
        List<String> all = new ArrayList<>(applied);
        all.addAll(arrears);
        assertThat(all).containsExactlyInAnyOrderElementsOf(ops.stream().map(Op::cause).toList());
        assertThat(arrears).allMatch(c -> c.startsWith("B"));
        assertThat(arrears).isNotEmpty();
        BigDecimal expected = ops.stream().filter(o -> applied.contains(o.cause()))
                .map(o -> o.charge() ? o.amount().negate() : o.amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(balance(walletId)).isEqualByComparingTo(expected);
        assertLedgerConsistent(walletId, quota);
    }
}
