package com.nuoer.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringReader;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.HdrHistogram.Histogram;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * P2: {@code recordList} of the crm console (/mt/crm/api/recordList, through the gateway) over N call records
 * loaded with COPY into svc-apicall's partitioned api_record table.
 *
 * <p>Isolation: the records live alone in their own month partition, {@code api_record_204101} (January 2041: no
 * real call is ever dated there, and every recordList query is bounded by a date range, 31 days by default), for
 * bench-only developer accounts (dept ids from {@value #FIRST_DEPT}). The partition is loaded unattached without
 * indexes and then attached (PostgreSQL builds the partition's indexes once), so loading is fast; an attached
 * partition with the expected row count is reused (idempotent); {@code p2-clean} drops it (instant).
 */
public final class RecordListBench {

    static final long FIRST_DEPT = 990_000_000L;
    static final int DEPTS = 100;
    static final String PARTITION = "api_record_204101";
    static final LocalDateTime FROM = LocalDateTime.of(2041, 1, 1, 0, 0);
    static final LocalDateTime TO = LocalDateTime.of(2041, 2, 1, 0, 0);
    static final String GTE = "2041-01-01 00:00:00";
    static final String LTE = "2041-01-31 23:59:59";
    static final String[] ITEMS = {"ID2_CHECK", "MOBILE3_CHECK", "ID3_FACE", "MOBILE_STATUS", "MOBILE_ONLINE_TIME",
        "ENT_BASIC"};
    static final int PAGE_SIZE = 20;
    static final int DEEP_PAGE = 1000;

    private RecordListBench() {
    }

    /** {@code p2-data}: makes sure the partition holds exactly --records rows (creating it if needed). */
    public static int data(Args a) throws Exception {
        ensure(a.getInt("pg-port", 15432), a.getLong("records", 10_000_000L));
        return 0;
    }

    /** {@code p2-clean}: drops the bench partition. */
    public static int clean(Args a) throws Exception {
        try (Connection c = Db.connect(a.getInt("pg-port", 15432), "nuoer_apicall")) {
            Db.exec(c, "drop table if exists " + PARTITION);
            Db.exec(c, "drop table if exists bench_" + PARTITION);
        }
        System.out.println("P2: dropped " + PARTITION);
        return 0;
    }

    /** Returns the seconds spent loading (0 when the data was already there). */
    static double ensure(int pgPort, long records) throws Exception {
        try (Connection c = Db.connect(pgPort, "nuoer_apicall")) {
            boolean attached = Db.scalarLong(c, "select count(*) from pg_inherits i join pg_class p on p.oid = i.inhrelid "
                    + "where p.relname = '" + PARTITION + "'") > 0;
            if (attached && Db.scalarLong(c, "select count(*) from " + PARTITION) == records) {
                System.out.printf("P2: %s already holds %,d records, reused%n", PARTITION, records);
                return 0;
            }
            long t0 = System.nanoTime();
            Db.exec(c, "drop table if exists " + PARTITION);
            Db.exec(c, "drop table if exists bench_" + PARTITION);
            Db.exec(c, "create table bench_" + PARTITION + " (like api_record including defaults)");
            load(c, records);
            Db.exec(c, "alter table bench_" + PARTITION + " rename to " + PARTITION);
            Db.exec(c, "alter table " + PARTITION + " add constraint " + PARTITION + "_range check (create_date >= '"
                    + FROM + "' and create_date < '" + TO + "')");
            Db.exec(c, "set maintenance_work_mem = '512MB'");
            Db.exec(c, "alter table api_record attach partition " + PARTITION + " for values from ('" + FROM
                    + "') to ('" + TO + "')");
            Db.exec(c, "analyze " + PARTITION);
            double secs = (System.nanoTime() - t0) / 1e9;
            System.out.printf("P2: loaded %,d records into %s with COPY in %.1f s (indexes included)%n", records,
                    PARTITION, secs);
            return secs;
        }
    }

    private static void load(Connection c, long records) throws Exception {
        CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
        DateTimeFormatter seqFmt = DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS");
        DateTimeFormatter tsFmt = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");
        long spanMs = java.time.Duration.between(FROM, TO).toMillis();
        Random random = new Random(42);
        String sql = "copy bench_" + PARTITION + " (id, seq_no, dept_id, app_id, organization_id, check_item, name, "
                + "id_card, mobile, encryption_type, result, found, success, result_code, result_msg, is_fee, free, fee, "
                + "price, cache_flag, final_source, time, request_ip, create_date) from stdin with (format csv)";
        int chunk = 100_000;
        for (long from = 0; from < records; from += chunk) {
            StringBuilder sb = new StringBuilder(chunk * 220);
            long to = Math.min(records, from + chunk);
            for (long i = from; i < to; i++) {
                LocalDateTime at = FROM.plusNanos(spanMs * i / records * 1_000_000L);
                long dept = FIRST_DEPT + random.nextInt(DEPTS);
                String item = ITEMS[random.nextInt(ITEMS.length)];
                boolean success = random.nextInt(50) != 0;
                boolean cached = random.nextInt(10) == 0;
                boolean fee = success && !cached;
                sb.append(1_000_000_000_000L + i).append(',')
                        .append(at.format(seqFmt)).append(String.format("%08d", i % 100_000_000L)).append(',')
                        .append(dept).append(",bench_app_").append(dept).append(',').append(dept).append(',')
                        .append(item).append(",压测").append(i % 1000).append(",3301")
                        .append(String.format("%014d", i)).append(",13").append(String.format("%09d", i % 1_000_000_000L))
                        .append(",1,\"{\"\"result\"\":\"\"1\"\"}\",").append(success).append(',').append(success ? 1 : 0)
                        .append(',').append(success ? 0 : 500).append(',').append(success ? "成功" : "上游超时")
                        .append(',').append(fee ? 1 : 0).append(",false,").append(fee ? "0.3000" : "0.0000")
                        .append(",0.3000,").append(cached ? 1 : 0).append(",SANDBOX,").append(5 + random.nextInt(200))
                        .append(",127.0.0.1,").append(at.format(tsFmt)).append('\n');
            }
            copy.copyIn(sql, new StringReader(sb.toString()));
            if ((to / chunk) % 10 == 0 || to == records) {
                System.out.printf("P2:   %,d / %,d records%n", to, records);
            }
        }
    }

    private record Variant(String label, ObjectNode body, int iterations, boolean target) {
    }

    /** {@code p2}: ensure the data, then measure each query variant; writes P2.json. */
    public static int run(Args a) throws Exception {
        int pgPort = a.getInt("pg-port", 15432);
        long records = a.getLong("records", 10_000_000L);
        int iterations = a.getInt("iterations", 200);
        int warmup = a.getInt("warmup", 20);
        Scenario s = new Scenario("P2", "recordList over " + String.format("%,d", records)
                + " call records: page 1 vs page " + DEEP_PAGE + " (keyset largePage, offset), filters");
        long t0 = System.nanoTime();
        double loadSecs = ensure(pgPort, records);
        String lastOfPage999;
        String idCard;
        try (Connection c = Db.connect(pgPort, "nuoer_apicall")) {
            lastOfPage999 = Db.scalarString(c, "select seq_no from api_record where create_date >= '" + GTE
                    + "' and create_date <= '" + LTE + "' order by create_date desc, id desc offset "
                    + ((DEEP_PAGE - 1) * PAGE_SIZE - 1) + " limit 1");
            idCard = Db.scalarString(c, "select id_card from " + PARTITION + " order by id offset "
                    + (records / 2) + " limit 1");
        }
        Http http = new Http(a.require("gateway")).login("crm", a.get("user", "admin"), a.get("password", "Admin@123"));
        long dept = FIRST_DEPT + 7;
        String lastOfDeptPage999;
        try (Connection c = Db.connect(pgPort, "nuoer_apicall")) {
            lastOfDeptPage999 = Db.scalarString(c, "select seq_no from api_record where create_date >= '" + GTE
                    + "' and create_date <= '" + LTE + "' and dept_id = " + dept
                    + " order by create_date desc, id desc offset " + ((DEEP_PAGE - 1) * PAGE_SIZE - 1) + " limit 1");
        }
        List<Variant> variants = new ArrayList<>();
        variants.add(new Variant("page 1 (largePage)", body(1, true), iterations, true));
        variants.add(new Variant("page 1000 keyset (largePage + lastSeqNo)",
                body(DEEP_PAGE, true).put("lastSeqNo", lastOfPage999), iterations, true));
        variants.add(new Variant("page 1000 offset (largePage, no cursor)", body(DEEP_PAGE, true), iterations, false));
        variants.add(new Variant("page 1 counted (total over the month)", body(1, false),
                Math.max(3, iterations / 20), false));
        ObjectNode deptItem = body(1, true);
        deptItem.putArray("deptIdList").add(dept);
        deptItem.putArray("itemCodeList").add("MOBILE3_CHECK");
        variants.add(new Variant("filter dept + item, page 1", deptItem, iterations, true));
        if (lastOfDeptPage999 != null) {
            ObjectNode deptDeep = body(DEEP_PAGE, true).put("lastSeqNo", lastOfDeptPage999);
            deptDeep.putArray("deptIdList").add(dept);
            variants.add(new Variant("filter dept, page 1000 keyset", deptDeep, iterations, true));
        } else {
            s.note("variant 'filter dept, page 1000 keyset' left out: one bench account has fewer than "
                    + DEEP_PAGE * PAGE_SIZE + " records at this size");
        }
        variants.add(new Variant("filter idCard", body(1, true).put("idCard", idCard), iterations, true));
        variants.add(new Variant("filter success=0 + isFee=0, page 1", body(1, true).put("success", 0).put("isFee", 0),
                iterations, true));

        Map<String, LatencyStats> byLabel = new java.util.LinkedHashMap<>();
        String firstKeyset = null;
        String firstOffset = null;
        for (Variant v : variants) {
            Histogram h = LatencyStats.newHistogram();
            int errors = 0;
            String first = null;
            for (int i = 0; i < Math.min(warmup, v.iterations()); i++) {
                http.post("/mt/crm/api/recordList", v.body());
            }
            long start = System.nanoTime();
            for (int i = 0; i < v.iterations(); i++) {
                long t = System.nanoTime();
                JsonNode r = http.post("/mt/crm/api/recordList", v.body());
                LatencyStats.record(h, System.nanoTime() - t);
                if (r.path("code").asInt(-1) != 0) {
                    errors++;
                    if (errors == 1) {
                        s.note(v.label() + ": answered " + abbreviate(r.toString()));
                    }
                } else if (first == null) {
                    JsonNode rows = r.path("data").path("results");
                    first = rows.size() > 0 ? rows.get(0).path("seqNo").asText() : "";
                    if (rows.size() == 0) {
                        s.note(v.label() + ": empty page");
                    }
                }
            }
            LatencyStats st = LatencyStats.of(v.label(), h, (System.nanoTime() - start) / 1e9);
            byLabel.put(v.label(), st);
            s.series.add(st);
            System.out.printf("P2: %-45s n=%d p50 %.1f p95 %.1f p99 %.1f ms%s%n", v.label(), st.count(), st.p50Ms(),
                    st.p95Ms(), st.p99Ms(), errors > 0 ? "  errors " + errors : "");
            if (errors > 0) {
                s.status = "failed";
            }
            if (v.label().startsWith("page 1000 keyset")) {
                firstKeyset = first;
            } else if (v.label().startsWith("page 1000 offset")) {
                firstOffset = first;
            }
            if (v.target()) {
                s.metric(Scenario.Metric.atMost("p95 " + v.label(), st.p95Ms(), "ms", 50, null));
            } else {
                s.metric(Scenario.Metric.info("p95 " + v.label(), st.p95Ms(), "ms", null));
            }
        }
        LatencyStats p1 = byLabel.get("page 1 (largePage)");
        LatencyStats deep = byLabel.get("page 1000 keyset (largePage + lastSeqNo)");
        LatencyStats off = byLabel.get("page 1000 offset (largePage, no cursor)");
        s.metrics.add(0, Scenario.Metric.atMost("deep page / page 1 (keyset, p50)", deep.p50Ms() / p1.p50Ms(), "×", 1.5,
                String.format("%.1f ms vs %.1f ms", deep.p50Ms(), p1.p50Ms())));
        s.metrics.add(1, Scenario.Metric.info("deep page / page 1 (offset, p50)", off.p50Ms() / p1.p50Ms(), "×",
                String.format("%.1f ms vs %.1f ms", off.p50Ms(), p1.p50Ms())));
        if (firstKeyset != null && !firstKeyset.equals(firstOffset)) {
            s.status = "failed";
            s.note("keyset page 1000 starts at " + firstKeyset + " but offset page 1000 at " + firstOffset);
        } else {
            s.note("keyset and offset page 1000 start with the same record (" + firstKeyset + ")");
        }
        s.setup = String.format("%,d records in partition %s (%d bench accounts, 6 products, one month), %s; "
                + "crm admin through the gateway, pageSize %d, %d warm-up + %d measured requests per variant, "
                + "one client (latency, not throughput).", records, PARTITION, DEPTS,
                loadSecs > 0 ? String.format("loaded with COPY in %.0f s", loadSecs) : "reused from a previous run",
                PAGE_SIZE, warmup, iterations);
        s.elapsedSeconds = (System.nanoTime() - t0) / 1e9;
        s.write(Path.of(a.require("out")));
        return "failed".equals(s.status) ? 1 : 0;
    }

    private static ObjectNode body(int pageNo, boolean large) {
        return Http.json().createObjectNode().put("pageNo", pageNo).put("pageSize", PAGE_SIZE).put("largePage", large)
                .put("createDateGte", GTE).put("createDateLte", LTE);
    }

    private static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }
}
