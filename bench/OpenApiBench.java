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

        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).executor(java.util.concurrent.Executors.newFixedThreadPool(4))
                .build();
        String path = "/open/v1/" + item;
        URI uri = URI.create(base + path);
        Pattern codePattern = Pattern.compile("\"code\"\\s*:\\s*(-?\\d+)");
        AtomicLong seq = new AtomicLong();
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
        System.exit(0);
    }

    private static double pct(long[] sorted, double p) {
        int i = (int) Math.min(sorted.length - 1, Math.max(0, Math.ceil(p / 100.0 * sorted.length) - 1));
        return sorted[i] / 1e6;
    }
}
