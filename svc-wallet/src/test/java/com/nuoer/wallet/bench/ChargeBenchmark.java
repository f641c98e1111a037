package com.nuoer.wallet.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nuoer.common.messaging.EventEnvelope;
import com.nuoer.common.messaging.EventTypes;
import com.nuoer.common.messaging.Topics;
import com.nuoer.common.messaging.events.ApiCallCharged;
import com.nuoer.wallet.WalletApplication;
import com.nuoer.wallet.events.ApicallEventListener;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.rocketmq.common.message.MessageExt;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Charges applied per second (NOT a test; see bench/README-wallet.md). Boots svc-wallet (web server on a random port) on
 * database {@code nuoer_wallet_bench} and feeds ApiCallCharged messages straight into the real consumer
 * ({@code ApicallEventListener.onMessage}: inbox + lock + claim + conditional update + flow + outbox), from
 * {@code threads} threads for {@code seconds} seconds per scenario:
 * one hot wallet and 1,000 wallets, with 1 and {@code lines} charge lines per batch.
 *
 * <p>Args (all optional): threads seconds lines. Defaults 16 10 100.
 */
public final class ChargeBenchmark {

    private ChargeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 16;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int lines = args.length > 2 ? Integer.parseInt(args[2]) : 100;
        System.setProperty("nuoer.db.name", "nuoer_wallet_bench");
        System.setProperty("server.port", "0");
        System.setProperty("spring.flyway.locations", "classpath:db/migration,classpath:db/common");
        System.setProperty("spring.datasource.hikari.maximum-pool-size", String.valueOf(threads + 4));
        System.setProperty("logging.level.root", "WARN");
        ConfigurableApplicationContext ctx = new SpringApplicationBuilder(WalletApplication.class).run();
        try {
            JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
            ObjectMapper json = ctx.getBean(ObjectMapper.class);
            ApicallEventListener listener = ctx.getBean(ApicallEventListener.class);
            long base = System.currentTimeMillis() % 100_000_000L * 10_000;
            List<Long> hot = wallets(jdbc, base, 1);
            List<Long> many = wallets(jdbc, base + 10, 1000);
            System.out.printf("%-28s %8s %8s %12s %14s%n", "scenario", "threads", "lines", "batches/s", "lines/s");
            run("warm-up", listener, json, hot, threads, 3, lines, false);
            run("1 hot wallet, 1 line", listener, json, hot, threads, seconds, 1, true);
            run("1 hot wallet, " + lines + " lines", listener, json, hot, threads, seconds, lines, true);
            run("1000 wallets, 1 line", listener, json, many, threads, seconds, 1, true);
            run("1000 wallets, " + lines + " lines", listener, json, many, threads, seconds, lines, true);
            for (long id : List.of(hot.get(0), many.get(0))) {
                BigDecimal balance = jdbc.queryForObject("select balance from wallet where id = ?", BigDecimal.class, id);
                BigDecimal flows = jdbc.queryForObject("""
                        select coalesce(sum(case when flow_type = 'in' then flow_amount else -flow_amount end), 0)
                        from wallet_flow where wallet_id = ?""", BigDecimal.class, id);
                System.out.printf("check wallet %d: balance %s, sum of flows %s%n", id, balance, flows);
            }
            // lost updates: every line handed to the consumer must be in the balances (0.30 each), the balances
            // must equal the flows, for the hot wallet and for the 1,000 wallets together
            check(jdbc, "hot", hot);
            check(jdbc, "many", many);
        } finally {
            ctx.close();
        }
    }

    /** Lines handed to the consumer per wallet (all scenarios, warm-up included). */
    private static final java.util.Map<Long, java.util.concurrent.atomic.LongAdder> SENT =
            new java.util.concurrent.ConcurrentHashMap<>();

    private static void check(JdbcTemplate jdbc, String name, List<Long> ids) {
        Long[] array = ids.toArray(new Long[0]);
        BigDecimal balance = jdbc.queryForObject("select coalesce(sum(balance), 0) from wallet where id = any(?)",
                BigDecimal.class, (Object) array);
        BigDecimal flows = jdbc.queryForObject("""
                select coalesce(sum(case when flow_type = 'in' then flow_amount else -flow_amount end), 0)
                from wallet_flow where wallet_id = any(?)""", BigDecimal.class, (Object) array);
        long lines = ids.stream().mapToLong(id -> SENT.containsKey(id) ? SENT.get(id).sum() : 0).sum();
        BigDecimal expected = new BigDecimal("-0.30").multiply(BigDecimal.valueOf(lines));
        System.out.printf("CHECK %s wallets=%d lines=%d expected=%s balance=%s flows=%s -> %s%n", name, ids.size(),
                lines, expected.toPlainString(), balance.toPlainString(), flows.toPlainString(),
                expected.compareTo(balance) == 0 && balance.compareTo(flows) == 0 ? "OK" : "LOST");
    }

    private static List<Long> wallets(JdbcTemplate jdbc, long base, int n) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long org = base + i;
            ids.add(jdbc.queryForObject("""
                    insert into wallet (organization_id, merchant_id, account_name, is_default, overdraft_state,
                                        overdraft_quota)
                    values (?, ?, 'bench', true, 10, 100000000) returning id""", Long.class, org, org));
        }
        return ids;
    }

    private static void run(String name, ApicallEventListener listener, ObjectMapper json, List<Long> wallets,
                            int threads, int seconds, int lines, boolean print) throws Exception {
        AtomicLong batches = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread w = new Thread(() -> {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                while (System.nanoTime() < end) {
                    long walletId = wallets.get(random.nextInt(wallets.size()));
                    listener.onMessage(message(json, walletId, lines));
                    batches.incrementAndGet();
                    SENT.computeIfAbsent(walletId, k -> new java.util.concurrent.atomic.LongAdder()).add(lines);
                }
            });
            w.start();
            workers.add(w);
        }
        long start = System.nanoTime();
        for (Thread w : workers) {
            w.join();
        }
        double secs = (System.nanoTime() - start) / 1e9;
        if (print) {
            System.out.printf("%-28s %8d %8d %12.0f %14.0f%n", name, threads, lines, batches.get() / secs,
                    batches.get() * lines / secs);
        }
    }

    private static MessageExt message(ObjectMapper json, long walletId, int lines) {
        List<ApiCallCharged.Item> items = new ArrayList<>(lines);
        for (int i = 0; i < lines; i++) {
            items.add(new ApiCallCharged.Item("MOBILE_3E", "运营商三要素核验", 1, new BigDecimal("0.30"), "S" + i, "S" + i));
        }
        String batchNo = UUID.randomUUID().toString();
        EventEnvelope envelope = new EventEnvelope(UUID.randomUUID().toString(), EventTypes.API_CALL_CHARGED,
                LocalDateTime.now(), String.valueOf(walletId), "", json.valueToTree(new ApiCallCharged(batchNo,
                walletId, null, null, null, null, items, LocalDateTime.now())));
        MessageExt m = new MessageExt();
        m.setTopic(Topics.APICALL_EVENT);
        try {
            m.setBody(json.writeValueAsBytes(envelope));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return m;
    }
}
