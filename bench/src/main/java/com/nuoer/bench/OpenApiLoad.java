package com.nuoer.bench;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.HdrHistogram.Histogram;

/**
 * Load generator of the open data API POST /open/v1/{checkItem}, signed like a customer's system (HMAC-SHA256 over
 * {@code POST\npath\nts\nnonce\nbody} in X-App-Id/X-Timestamp/X-Nonce/X-Signature, new subject and nonce every
 * call), one keep-alive {@link Http1Connection} per client thread, latencies in an HdrHistogram. N client threads
 * send calls back to back for {@code --seconds} after {@code --warmup}; only calls that started after the warm-up
 * are measured.
 */
public final class OpenApiLoad {

    /**
     * Options of the {@code openapi} subcommand, including its load-independent costs (Linux): {@code --cpu-pids
     * apicall=PID,gateway=PID,pg=PID} — CPU time of each process and all its descendants over the measured window, as
     * CPU-ms per call (this client is added as "client"); {@code --hook-start 'cmd'} / {@code --hook-end 'cmd'} — shell
     * commands run (bash -c, waited for) when the window starts and ends, the end hook with $CALLS = calls finished in
     * the window.
     */
    public record Options(String base, String item, String appId, String secret, int clients, int seconds, int warmup,
                          String label, Map<String, Long> cpuPids, String hookStart, String hookEnd) {

        static Options of(Args a, String base) {
            Map<String, Long> pids = new TreeMap<>();
            for (String e : a.get("cpu-pids", "").split(",")) {
                if (e.contains("=") && !e.substring(e.indexOf('=') + 1).isBlank()) {
                    pids.put(e.substring(0, e.indexOf('=')).trim(), Long.parseLong(e.substring(e.indexOf('=') + 1).trim()));
                }
            }
            if (!pids.isEmpty()) {
                pids.put("client", ProcessHandle.current().pid());
            }
            return new Options(base, a.get("item", "ID2_CHECK"), a.get("app-id", "nuoer_demo_app01"),
                    a.get("secret", "2a8d269183cf5793b0207acd8f916d80"), a.getInt("clients", 32),
                    a.getInt("seconds", 30), a.getInt("warmup", 10), a.get("label", base), pids,
                    a.get("hook-start", null), a.get("hook-end", null));
        }

        Options with(String newBase, String newLabel) {
            return new Options(newBase, item, appId, secret, clients, seconds, warmup, newLabel, cpuPids, hookStart,
                    hookEnd);
        }
    }

    /**
     * Result of one run: latencies of the code-0 answers, every answer counted by envelope code, CPU-ms per call of
     * the --cpu-pids processes over the window, and the load average at the window's start and end.
     */
    public record Result(Options options, LatencyStats ok, LatencyStats all, Map<String, Long> codes,
                         Map<String, Double> cpuMsPerCall, long windowCalls, String loadStart, String loadEnd) {
    }

    private static final Pattern CODE = Pattern.compile("\"code\"\\s*:\\s*(-?\\d+)");

    private OpenApiLoad() {
    }

    /** {@code openapi} subcommand: one run, printed. */
    public static int main(Args a) throws Exception {
        Options o = Options.of(a, a.get("base", "http://127.0.0.1:18205"));
        Result r = run(o);
        print(r);
        return 0;
    }

    static void print(Result r) {
        Options o = r.options();
        System.out.printf("%s: %d clients, %d s measured (after %d s warm-up), item %s%n", o.label(), o.clients(),
                o.seconds(), o.warmup(), o.item());
        System.out.printf("  calls: %d  → %.0f calls/s (code 0: %.0f/s)%n", r.all().count(), r.all().throughput(),
                r.ok().throughput());
        if (r.all().count() > 0) {
            System.out.printf("  latency ms: p50 %.1f  p90 %.1f  p99 %.1f  p99.9 %.1f  max %.1f%n", r.all().p50Ms(),
                    r.all().p90Ms(), r.all().p99Ms(), r.all().p999Ms(), r.all().maxMs());
        }
        System.out.println("  answers by code: " + r.codes());
        if (!r.cpuMsPerCall().isEmpty()) {
            StringBuilder b = new StringBuilder("  CPU ms per call (" + r.windowCalls() + " calls between the snapshots):");
            r.cpuMsPerCall().forEach((k, v) -> b.append(String.format("  %s %.3f", k, v)));
            System.out.println(b);
        }
        System.out.println("  load average at start / end: " + r.loadStart() + " / " + r.loadEnd());
    }

    public static Result run(Options o) throws Exception {
        String path = "/open/v1/" + o.item();
        URI uri = URI.create(o.base() + path);
        AtomicLong seq = new AtomicLong(System.currentTimeMillis() % 1_000_000L * 1_000_000L);
        long warmEnd = System.nanoTime() + o.warmup() * 1_000_000_000L;
        long end = warmEnd + o.seconds() * 1_000_000_000L;
        Map<String, AtomicLong> codes = new ConcurrentHashMap<>();
        AtomicLong completed = new AtomicLong();
        List<Histogram[]> perClient = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < o.clients(); c++) {
            Histogram[] h = {LatencyStats.newHistogram(), LatencyStats.newHistogram()};
            perClient.add(h);
            Thread t = new Thread(() -> {
                try (Http1Connection connection = new Http1Connection(uri, 10_000)) {
                    Mac mac = Mac.getInstance("HmacSHA256");
                    mac.init(new SecretKeySpec(o.secret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
                    while (System.nanoTime() < end) {
                        long k = seq.incrementAndGet();
                        String body = "{\"name\":\"压测" + (k % 1000) + "\",\"idCard\":\"3301"
                                + String.format("%014d", k % 100_000_000_000_000L) + "\",\"mobile\":\"13"
                                + String.format("%09d", k % 1_000_000_000L) + "\"}";
                        String ts = String.valueOf(System.currentTimeMillis());
                        String nonce = UUID.randomUUID().toString();
                        String sig = HexFormat.of().formatHex(mac.doFinal(("POST\n" + path + "\n" + ts + "\n" + nonce
                                + "\n" + body).getBytes(StandardCharsets.UTF_8)));
                        String[] headers = {"Content-Type: application/json", "X-App-Id: " + o.appId(),
                                "X-Timestamp: " + ts, "X-Nonce: " + nonce, "X-Signature: " + sig};
                        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                        long start = System.nanoTime();
                        String code;
                        try {
                            Http1Connection.Answer r = connection.post(path, headers, bytes);
                            Matcher m = CODE.matcher(new String(r.body(), StandardCharsets.UTF_8));
                            code = m.find() ? m.group(1) : "http" + r.status();
                        } catch (Exception e) {
                            connection.close();
                            code = e.getClass().getSimpleName();
                        }
                        long stop = System.nanoTime();
                        completed.incrementAndGet();
                        if (start > warmEnd && stop <= end + 10_000_000_000L) {
                            LatencyStats.record(h[1], stop - start);
                            if ("0".equals(code)) {
                                LatencyStats.record(h[0], stop - start);
                            }
                            codes.computeIfAbsent(code, x -> new AtomicLong()).incrementAndGet();
                        }
                    }
                } catch (Exception e) {
                    e.printStackTrace();
                }
            }, "client-" + c);
            t.start();
            threads.add(t);
        }
        Thread.sleep(Math.max(0, (warmEnd - System.nanoTime()) / 1_000_000));
        String loadStart = Sys.loadAverage();
        Map<String, Long> cpuStart = cpuTicks(o.cpuPids());
        long completedStart = completed.get();
        runHook(o.hookStart(), 0);
        Thread.sleep(Math.max(0, (end - System.nanoTime()) / 1_000_000));
        Map<String, Long> cpuEnd = cpuTicks(o.cpuPids());
        long windowCalls = completed.get() - completedStart;
        String loadEnd = Sys.loadAverage();
        for (Thread t : threads) {
            t.join();
        }
        Map<String, Double> cpu = new TreeMap<>();
        if (windowCalls > 0) {
            for (String k : o.cpuPids().keySet()) {
                long ticks = cpuEnd.getOrDefault(k, 0L) - cpuStart.getOrDefault(k, 0L);
                cpu.put(k, ticks * 10.0 / windowCalls);
            }
        }
        runHook(o.hookEnd(), windowCalls);
        Histogram ok = LatencyStats.newHistogram();
        Histogram all = LatencyStats.newHistogram();
        for (Histogram[] h : perClient) {
            ok.add(h[0]);
            all.add(h[1]);
        }
        Map<String, Long> byCode = new TreeMap<>();
        codes.forEach((k, v) -> byCode.put(k, v.get()));
        return new Result(o, LatencyStats.of(o.label(), ok, o.seconds()),
                LatencyStats.of(o.label() + " (all answers)", all, o.seconds()), byCode, cpu, windowCalls, loadStart,
                loadEnd);
    }

    private static void runHook(String cmd, long calls) throws Exception {
        if (cmd == null || cmd.isBlank()) {
            return;
        }
        ProcessBuilder pb = new ProcessBuilder("bash", "-c", cmd).inheritIO();
        pb.environment().put("CALLS", String.valueOf(calls));
        pb.start().waitFor();
    }

    /** utime + stime (clock ticks, 100/s) of each process and all its descendants. */
    static Map<String, Long> cpuTicks(Map<String, Long> pids) {
        Map<String, Long> out = new TreeMap<>();
        pids.forEach((k, pid) -> out.put(k, treeTicks(pid)));
        return out;
    }

    private static long treeTicks(long pid) {
        long sum = 0;
        try {
            String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/" + pid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            sum += Long.parseLong(f[11]) + Long.parseLong(f[12]);
            try (var dirs = java.nio.file.Files.list(java.nio.file.Path.of("/proc/" + pid + "/task"))) {
                for (var t : dirs.toList()) {
                    var children = t.resolve("children");
                    if (java.nio.file.Files.exists(children)) {
                        for (String c : java.nio.file.Files.readString(children).trim().split("\\s+")) {
                            if (!c.isEmpty()) {
                                sum += treeTicks(Long.parseLong(c));
                            }
                        }
                    }
                }
            }
        } catch (Exception e) {
            // the process ended
        }
        return sum;
    }

    /**
     * {@code p1} subcommand: the same calls straight to svc-apicall, then through the gateway, each after its own
     * warm-up; writes P1.json.
     */
    public static int p1(Args a) throws Exception {
        Scenario s = new Scenario("P1", "Open API POST /open/v1/{checkItem}: gateway vs straight to svc-apicall");
        long t0 = System.nanoTime();
        Options direct = Options.of(a, a.require("direct")).with(a.require("direct"), "direct (svc-apicall)");
        Options gateway = direct.with(a.require("gateway"), "gateway");
        Result d = run(direct);
        print(d);
        Result g = run(gateway);
        print(g);
        s.setup = a.get("setup", "") + String.format(" %d clients, %d s warm-up + %d s measured per run, item %s.",
                direct.clients(), direct.warmup(), direct.seconds(), direct.item());
        s.series.add(d.ok());
        s.series.add(g.ok());
        s.metric(Scenario.Metric.atLeast("gateway calls/s", g.ok().throughput(), "calls/s", 3000, "code-0 answers"));
        s.metric(Scenario.Metric.info("gateway p50", g.ok().p50Ms(), "ms", null));
        s.metric(Scenario.Metric.info("gateway p90", g.ok().p90Ms(), "ms", null));
        s.metric(Scenario.Metric.atMost("gateway p99", g.ok().p99Ms(), "ms", 50, null));
        s.metric(Scenario.Metric.info("gateway p99.9", g.ok().p999Ms(), "ms", null));
        s.metric(Scenario.Metric.info("direct calls/s", d.ok().throughput(), "calls/s", null));
        s.metric(Scenario.Metric.info("direct p50", d.ok().p50Ms(), "ms", null));
        s.metric(Scenario.Metric.info("direct p99", d.ok().p99Ms(), "ms", null));
        double cost = g.ok().throughput() > 0 ? d.ok().throughput() / g.ok().throughput() : Double.POSITIVE_INFINITY;
        s.metric(Scenario.Metric.atMost("gateway/direct (direct calls/s ÷ gateway calls/s)", cost, "×", 1.3,
                "throughput cost of the gateway, same run"));
        s.metric(Scenario.Metric.info("gateway/direct p50 latency", d.ok().p50Ms() > 0 ? g.ok().p50Ms() / d.ok().p50Ms() : 0,
                "×", null));
        s.note("answers by code, direct: " + d.codes() + "; gateway: " + g.codes());
        for (Result r : List.of(d, g)) {
            String who = r == d ? "direct" : "gateway";
            r.cpuMsPerCall().forEach((k, v) -> s.metric(Scenario.Metric.info(who + ": CPU ms per call, " + k, v, "ms",
                    "CPU time of the process and its children over the window ÷ calls (load-independent cost)")));
            s.note(who + ": load average at the window's start / end " + r.loadStart() + " / " + r.loadEnd());
        }
        for (Result r : List.of(d, g)) {
            long bad = r.codes().entrySet().stream().filter(e -> !"0".equals(e.getKey())).mapToLong(Map.Entry::getValue)
                    .sum();
            if (bad > 0) {
                s.note(r.options().label() + ": " + bad + " answers with a code ≠ 0 (not counted in calls/s)");
            }
            if (r.ok().count() == 0) {
                s.status = "failed";
                s.note(r.options().label() + ": no successful call — check the setup (wallet, product, whitelist)");
            }
        }
        s.elapsedSeconds = (System.nanoTime() - t0) / 1e9;
        s.write(java.nio.file.Path.of(a.require("out")));
        return "failed".equals(s.status) ? 1 : 0;
    }
}
