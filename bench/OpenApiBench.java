import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Benchmark (not a test) of the open data API POST /open/v1/{checkItem}: N concurrent clients, each sending signed
 * calls back to back for a fixed time (after a warm-up), every call with a new subject (no cache hits) and a new
 * nonce. Reports calls/s, p50/p90/p99/max latency and the answers by envelope code.
 *
 * Run with the JDK alone (single-file source launch):
 *   java bench/OpenApiBench.java --base http://127.0.0.1:18205 --clients 32 --seconds 30 --warmup 10
 *   java bench/OpenApiBench.java --base http://127.0.0.1:18200 ...   (through the gateway)
 * Options: --item ID2_CHECK --app-id nuoer_demo_app01 --secret 2a8d269183cf5793b0207acd8f916d80 --label text
 * Load-independent costs (optional, Linux): --cpu-pids apicall=PID,gateway=PID,pg=PID — CPU time of each process and
 * all its descendants (e.g. the postmaster and its backends) over the measured window, printed as CPU-ms per call;
 * --hook-start 'cmd' / --hook-end 'cmd' — shell commands run (bash -c, waited for) when the measured window starts and
 * ends (e.g. reset/read pg_stat_statements, snapshot GC counters; keep the start hook short: the window's calls are
 * counted from just before it); the calls finished in the window are passed to the end hook as $CALLS.
 */
public class OpenApiBench {

    public static void main(String[] args) throws Exception {
        Map<String, String> o = new TreeMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            o.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        String base = o.getOrDefault("base", "http://127.0.0.1:18205");
        String item = o.getOrDefault("item", "ID2_CHECK");
        String appId = o.getOrDefault("app-id", "nuoer_demo_app01");
        String secret = o.getOrDefault("secret", "2a8d269183cf5793b0207acd8f916d80");
        int clients = Integer.parseInt(o.getOrDefault("clients", "32"));
        int seconds = Integer.parseInt(o.getOrDefault("seconds", "30"));
        int warmup = Integer.parseInt(o.getOrDefault("warmup", "10"));
        String label = o.getOrDefault("label", base);
        Map<String, Long> cpuPids = new TreeMap<>();
        for (String e : o.getOrDefault("cpu-pids", "").split(",")) {
            if (e.contains("=")) {
                cpuPids.put(e.substring(0, e.indexOf('=')).trim(), Long.parseLong(e.substring(e.indexOf('=') + 1).trim()));
            }
        }
        if (!cpuPids.isEmpty()) {
            cpuPids.put("client", ProcessHandle.current().pid()); // this benchmark's own share of the cores
        }
        String hookStart = o.get("hook-start");
        String hookEnd = o.get("hook-end");

        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).executor(java.util.concurrent.Executors.newFixedThreadPool(4))
                .build();
        String path = "/open/v1/" + item;
        URI uri = URI.create(base + path);
        Pattern codePattern = Pattern.compile("\"code\"\\s*:\\s*(-?\\d+)");
        AtomicLong seq = new AtomicLong();
        AtomicLong completed = new AtomicLong();
        long warmEnd = System.nanoTime() + warmup * 1_000_000_000L;
        long end = warmEnd + seconds * 1_000_000_000L;
        List<long[]> perClient = new ArrayList<>();
        Map<String, AtomicLong> codes = new ConcurrentHashMap<>();
        CountDownLatch done = new CountDownLatch(clients);
        for (int c = 0; c < clients; c++) {
            long[] lat = new long[300_000];
            perClient.add(lat);
            final int cid = c;
            Thread t = new Thread(() -> {
                int n = 0;
                try {
                    Mac mac = Mac.getInstance("HmacSHA256");
                    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
                    while (true) {
                        long now = System.nanoTime();
                        if (now > end) {
                            break;
                        }
                        long k = seq.incrementAndGet();
                        String body = "{\"name\":\"压测" + (k % 1000) + "\",\"idCard\":\"3301"
                                + String.format("%014d", k) + "\",\"mobile\":\"13" + String.format("%09d", k % 1_000_000_000L)
                                + "\"}";
                        String ts = String.valueOf(System.currentTimeMillis());
                        String nonce = UUID.randomUUID().toString();
                        String sig = HexFormat.of().formatHex(mac.doFinal(("POST\n" + path + "\n" + ts + "\n" + nonce
                                + "\n" + body).getBytes(StandardCharsets.UTF_8)));
                        HttpRequest req = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
                                .header("Content-Type", "application/json").header("X-App-Id", appId)
                                .header("X-Timestamp", ts).header("X-Nonce", nonce).header("X-Signature", sig)
                                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                        long start = System.nanoTime();
                        String code;
                        try {
                            HttpResponse<String> r = client.send(req, HttpResponse.BodyHandlers.ofString());
                            Matcher m = codePattern.matcher(r.body());
                            code = m.find() ? m.group(1) : "http" + r.statusCode();
                        } catch (Exception e) {
                            code = e.getClass().getSimpleName();
                        }
                        long stop = System.nanoTime();
                        completed.incrementAndGet();
                        if (start > warmEnd) {
                            lat[n++] = stop - start;
                            codes.computeIfAbsent(code, x -> new AtomicLong()).incrementAndGet();
                        }
                    }
                } catch (Exception e) {
                    e.printStackTrace();
                } finally {
                    lat[lat.length - 1] = n;
                    done.countDown();
                }
            }, "client-" + cid);
            t.start();
        }
        Thread.sleep(Math.max(0, (warmEnd - System.nanoTime()) / 1_000_000));
        String loadStart = loadAverage();
        Map<String, Long> cpuStart = cpuTicks(cpuPids);
        long completedStart = completed.get();
        runHook(hookStart, 0);
        Thread.sleep(Math.max(0, (end - System.nanoTime()) / 1_000_000));
        Map<String, Long> cpuEnd = cpuTicks(cpuPids);
        // the calls finished between the two snapshots: the divisor of the per-call costs
        long windowCalls = completed.get() - completedStart;
        String loadEnd = loadAverage();
        done.await();
        long total = 0;
        for (long[] l : perClient) {
            total += l[l.length - 1];
        }
        long[] all = new long[(int) total];
        int p = 0;
        for (long[] l : perClient) {
            int n = (int) l[l.length - 1];
            System.arraycopy(l, 0, all, p, n);
            p += n;
        }
        Arrays.sort(all);
        System.out.printf("%s: %d clients, %d s measured (after %d s warm-up), item %s%n", label, clients, seconds,
                warmup, item);
        System.out.printf("  calls: %d  → %.0f calls/s%n", total, total / (double) seconds);
        if (total > 0) {
            System.out.printf("  latency ms: p50 %.1f  p90 %.1f  p99 %.1f  max %.1f%n", pct(all, 50), pct(all, 90),
                    pct(all, 99), all[all.length - 1] / 1e6);
        }
        System.out.println("  answers by code: " + new TreeMap<>(codes));
        if (!cpuPids.isEmpty() && windowCalls > 0) {
            StringBuilder b = new StringBuilder("  CPU ms per call (" + windowCalls + " calls between the snapshots):");
            for (String k : cpuPids.keySet()) {
                long ticks = cpuEnd.getOrDefault(k, 0L) - cpuStart.getOrDefault(k, 0L);
                b.append(String.format("  %s %.3f", k, ticks * 10.0 / windowCalls));
            }
            System.out.println(b);
        }
        System.out.println("  load average at start / end: " + loadStart + " / " + loadEnd);
        runHook(hookEnd, windowCalls);
        System.exit(0);
    }

    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim();
        } catch (Exception e) {
            return "?";
        }
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
    private static Map<String, Long> cpuTicks(Map<String, Long> pids) {
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
            var tasks = java.nio.file.Path.of("/proc/" + pid + "/task");
            try (var dirs = java.nio.file.Files.list(tasks)) {
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

    private static double pct(long[] sorted, double p) {
        int i = (int) Math.min(sorted.length - 1, Math.max(0, Math.ceil(p / 100.0 * sorted.length) - 1));
        return sorted[i] / 1e6;
    }
}
