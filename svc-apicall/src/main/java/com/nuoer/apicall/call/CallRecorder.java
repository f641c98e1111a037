package com.nuoer.apicall.call;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nuoer.apicall.cache.CacheEntry;
import com.nuoer.apicall.cache.CacheKeys;
import com.nuoer.apicall.cache.CacheStore;
import com.nuoer.apicall.projection.DeptItemView;
import com.nuoer.apicall.projection.WalletGuard;
import com.nuoer.apicall.upstream.UpstreamAttempt;
import com.nuoer.apicall.usage.UsageAccumulator;
import com.nuoer.common.messaging.events.CheckItemChanged;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import com.nuoer.common.tx.AfterCommit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes a call in ONE local transaction (F5-6): the fee decision with the free count consumed first, the
 * ApiRecord (unique seqNo), one UpstreamRecord per attempt, the charge line (never for monthly-settled wallets),
 * the tradeNo answer and the cache entry. The charge line reaches svc-wallet later, grouped per wallet
 * ({@code ChargeBatcher}), so nothing is charged before the answer is known and committed.
 * <p>
 * Group commit ({@link GroupCommit}): concurrent calls are written together — one transaction, one multi-row insert
 * per table ({@code insert ... select * from unnest(arrays)}) — by {@code nuoer.apicall.record.writers} writer
 * threads; each caller is answered only once the transaction holding its record and charge line has committed, and
 * a batch that fails is retried call by call, so a bad call fails alone and leaves nothing.
 */
@Component
public class CallRecorder implements SmartLifecycle {

    /** What the call produced before it is priced. */
    public record Outcome(boolean cacheFlag, boolean success, boolean found, String result, Integer resultCode,
                          String resultMsg, String thirdSeqNo, String phoneRegion, String finalSource,
                          List<UpstreamAttempt> attempts, List<FeeRules.Part> fusionParts) {

        static Outcome cached(CacheEntry e) {
            return new Outcome(true, true, e.found(), e.cacheValue(), e.found() ? 0 : 1,
                    e.found() ? "查询成功(缓存)" : "查无数据(缓存)", null, null, "CACHE", List.of(), null);
        }

        static Outcome routed(List<UpstreamAttempt> attempts, UpstreamAttempt answered) {
            if (answered == null) {
                String last = attempts.isEmpty() ? "该产品没有可用的上游配置" : attempts.get(attempts.size() - 1).error();
                return new Outcome(false, false, false, null, -1, last, null, null, null, attempts, null);
            }
            var a = answered.answer();
            return new Outcome(false, true, a.found(), a.result(), a.resultCode(), a.resultMsg(), a.thirdSeqNo(),
                    a.phoneRegion(), answered.route().dataSourceCode(), attempts, null);
        }

        static Outcome fusion(List<UpstreamAttempt> attempts, boolean answered, boolean found, String result,
                              List<FeeRules.Part> parts) {
            return new Outcome(false, answered, found, answered ? result : null, answered ? (found ? 0 : 1) : -1,
                    answered ? (found ? "查询成功" : "查无数据") : "全部子项数据源不可用", null, null,
                    answered ? "FUSION" : null, attempts, parts);
        }
    }

    public record Input(String seqNo, LocalDateTime now, CallPipeline.Caller caller, CheckItemChanged product,
                        DeptItemView item, OpenCallBody body, String tradeNo, WalletGuard.Decision wallet,
                        Outcome outcome, int time, String cacheKeyToStore, int cacheDays) {
    }

    public record Recorded(OpenAnswer answer, BigDecimal chargedFee, UsageAccumulator.Call usage) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final TradeLedger trades;
    private final CacheStore cache;
    private final ObjectMapper json;
    /** deptItemId → the freeCount found used up (skips the counter once exhausted; a new freeCount re-opens it). */
    private final ConcurrentHashMap<Long, Integer> freeExhausted = new ConcurrentHashMap<>();

    private final GroupCommit<Input, Recorded> groupCommit;
    private final boolean groupCommitEnabled;

    public CallRecorder(JdbcTemplate jdbc, TransactionTemplate tx, TradeLedger trades, CacheStore cache,
                        ObjectMapper json,
                        @Value("${nuoer.apicall.record.group-commit:true}") boolean groupCommitEnabled,
                        @Value("${nuoer.apicall.record.writers:2}") int writers,
                        @Value("${nuoer.apicall.record.max-batch:200}") int maxBatch,
                        @Value("${nuoer.apicall.record.queue:2000}") int queue) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.trades = trades;
        this.cache = cache;
        this.json = json;
        this.groupCommitEnabled = groupCommitEnabled;
        this.groupCommit = new GroupCommit<>("call-recorder", queue, maxBatch, writers, this::writeInTransaction);
    }

    @Override
    public void start() {
        if (groupCommitEnabled) {
            groupCommit.start();
        }
    }

    @Override
    public void stop() {
        groupCommit.stop();
    }

    @Override
    public boolean isRunning() {
        return groupCommit.running();
    }

    @Override
    public int getPhase() {
        // stops after the web server (its requests in flight are answered first) and before the data source
        return SmartLifecycle.DEFAULT_PHASE - 4096;
    }

    /** Tests: the group commit of the call path. */
    GroupCommit<Input, Recorded> groupCommit() {
        return groupCommit;
    }

    /**
     * Writes the call and returns once it is committed. Inside a caller's transaction (a batch-task row) the call is
     * written in that transaction; otherwise it joins the group commit: one transaction carries many calls.
     */
    public Recorded record(Input in) {
        if (TransactionSynchronizationManager.isActualTransactionActive() || !groupCommit.running()) {
            return writeInTransaction(List.of(in)).get(0);
        }
        return groupCommit.submit(in);
    }

    /** All calls in one transaction (all or nothing); the free-count marks only once it is committed. */
    private List<Recorded> writeInTransaction(List<Input> batch) {
        Map<Long, Integer> marks = new HashMap<>();
        List<Recorded> out = tx.execute(status -> write(batch, marks));
        if (!marks.isEmpty()) {
            if (TransactionSynchronizationManager.isSynchronizationActive()) {
                AfterCommit.run(() -> freeExhausted.putAll(marks)); // in a caller's transaction: once that one commits
            } else {
                freeExhausted.putAll(marks);
            }
        }
        return out;
    }

    private List<Recorded> write(List<Input> batch, Map<Long, Integer> exhaustedMarks) {
        int n = batch.size();
        Columns records = new Columns(RECORD_TYPES, n);
        List<Object[]> ups = new ArrayList<>();
        Columns charges = new Columns(CHARGE_TYPES, n);
        List<Recorded> out = new ArrayList<>(n);
        List<Object[]> tradeUpdates = new ArrayList<>();
        List<CacheEntry> cachePuts = new ArrayList<>();
        for (Input in : batch) {
            Outcome o = in.outcome();
            DeptItemView item = in.item();
            FeeRules.Decision d = o.fusionParts() != null
                    ? FeeRules.fusion(item.chargeType(), new FeeRules.Part(item.feeType(), item.fee(), o.success(), o.found()),
                    o.fusionParts())
                    : FeeRules.simple(new FeeRules.Part(item.feeType(), item.fee(), o.success(), o.found()));
            boolean free = d.chargeable() && consumeFree(item, exhaustedMarks);
            int isFee = d.chargeable() && !free ? 1 : 0;
            BigDecimal fee = isFee == 1 ? d.fee() : BigDecimal.ZERO;
            var dept = in.caller().dept();
            var body = in.body();
            Timestamp at = Timestamp.valueOf(in.now());
            records.add(in.seqNo(), in.tradeNo(), dept.deptId(), dept.appId(), dept.organizationId(), item.deptItemId(),
                    item.checkItem(), body.tag(), body.name(), body.idCard(), body.mobile(), body.encryption(),
                    in.caller().sign(), o.phoneRegion(), o.result(), o.found(), o.success() ? 1 : 0, o.resultCode(),
                    truncate(o.resultMsg(), 500), isFee, free, fee, d.fee(), o.cacheFlag() ? 1 : 0, o.finalSource(),
                    in.time(), in.caller().ip(), truncate(body.extend(), 2000), item.orgCode(), in.wallet().walletId(), at);
            List<UsageAccumulator.Upstream> usageUps = new ArrayList<>();
            for (UpstreamAttempt a : o.attempts()) {
                var r = a.route();
                ups.add(new Object[] {in.seqNo(), r.id(), r.dataSourceId(), r.dataSourceCode(), r.dataSourceName(),
                        a.success() ? a.answer().thirdSeqNo() : null, reqParam(a.checkItem(), body),
                        a.success() ? a.answer().result() : null, r.reqUrl(), a.timeMs(),
                        a.success() ? null : truncate(a.error(), 4000), a.checkItem(), r.service(), a.success() ? 1 : 0,
                        a.cost(), a.success(), dept.deptId(), dept.appId(), body.tag(), at});
                usageUps.add(new UsageAccumulator.Upstream(r.id(), a.success(), a.cost()));
            }
            boolean chargeLine = isFee == 1 && fee.signum() > 0 && !in.wallet().monthly();
            if (chargeLine) {
                charges.add(in.seqNo(), dept.deptId(), dept.organizationId(),
                        in.wallet().merchantId() != null ? in.wallet().merchantId() : item.merchantId(),
                        in.wallet().walletId(), item.checkItem(), fee, at);
            }
            OpenAnswer answer = new OpenAnswer(in.seqNo(), in.tradeNo(), item.checkItem(), o.success() ? 1 : 0,
                    o.found(), o.resultCode(), o.resultMsg(), readJson(o.result()), o.cacheFlag() ? 1 : 0, isFee, fee,
                    in.time());
            if (in.tradeNo() != null) {
                tradeUpdates.add(trades.completion(dept.deptId(), in.tradeNo(), answer, o.success()));
            }
            if (in.cacheKeyToStore() != null && o.success()) {
                int productDays = in.product().cacheTime() == null ? 0 : in.product().cacheTime();
                cachePuts.add(new CacheEntry(in.cacheKeyToStore(), item.checkItem(), CacheKeys.MD5,
                        body.scene() == null ? "" : body.scene(), o.result(), o.found(), in.seqNo(), in.now(),
                        in.now().plusDays(Math.max(productDays, in.cacheDays()))));
            }
            UsageAccumulator.Call usage = new UsageAccumulator.Call(in.now(), dept.deptId(), item.checkItem(),
                    o.success(), o.cacheFlag(), free, isFee == 1, fee, d.fee(), usageUps);
            out.add(new Recorded(answer, chargeLine ? fee : BigDecimal.ZERO, usage));
        }
        // one multi-row statement per table, whatever the number of calls
        jdbc.execute((ConnectionCallback<Void>) con -> {
            records.insert(con, INSERT_RECORDS);
            if (!ups.isEmpty()) {
                insertUpstreams(con, ups);
            }
            if (charges.size() > 0) {
                charges.insert(con, INSERT_CHARGES);
            }
            return null;
        });
        if (!tradeUpdates.isEmpty()) {
            trades.completeAll(tradeUpdates);
        }
        if (!cachePuts.isEmpty()) {
            cache.putAll(cachePuts);
        }
        return out;
    }

    private static final String INSERT_RECORDS = """
            insert into api_record (seq_no, trade_no, dept_id, app_id, organization_id, dept_item_id, check_item, tag,
                name, id_card, mobile, encryption_type, sign, phone_region, result, found, success, result_code,
                result_msg, is_fee, free, fee, price, cache_flag, final_source, time, request_ip, extend, org_code,
                wallet_id, create_date)
            select * from unnest(?::varchar[], ?::varchar[], ?::int8[], ?::varchar[], ?::int8[], ?::int8[], ?::varchar[],
                ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::int4[], ?::varchar[], ?::varchar[], ?::text[],
                ?::bool[], ?::int4[], ?::int4[], ?::varchar[], ?::int4[], ?::bool[], ?::numeric[], ?::numeric[],
                ?::int4[], ?::varchar[], ?::int4[], ?::varchar[], ?::varchar[], ?::varchar[], ?::int8[],
                ?::timestamp[])""";

    private static final String INSERT_UPSTREAMS = """
            insert into upstream_record (seq_no, upstream_config_id, data_source_id, data_source_code,
                data_source_name, third_seq_no, req_param, response, url, time, stack, item, outer_name, is_fee,
                cost, success, dept_id, app_id, tag, create_date)
            select * from unnest(?::varchar[], ?::int8[], ?::int8[], ?::varchar[], ?::varchar[], ?::varchar[],
                ?::text[], ?::text[], ?::varchar[], ?::int4[], ?::text[], ?::varchar[], ?::varchar[], ?::int4[],
                ?::numeric[], ?::bool[], ?::int8[], ?::varchar[], ?::varchar[], ?::timestamp[])""";

    private static final String INSERT_CHARGES = """
            insert into charge_line (seq_no, dept_id, organization_id, merchant_id, wallet_id, check_item, fee,
                                     create_date)
            select * from unnest(?::varchar[], ?::int8[], ?::int8[], ?::int8[], ?::int8[], ?::varchar[],
                ?::numeric[], ?::timestamp[])""";

    /** PostgreSQL element types of the record columns, in insert order. */
    private static final String[] RECORD_TYPES = {"varchar", "varchar", "int8", "varchar", "int8", "int8", "varchar",
            "varchar", "varchar", "varchar", "varchar", "int4", "varchar", "varchar", "text", "bool", "int4", "int4",
            "varchar", "int4", "bool", "numeric", "numeric", "int4", "varchar", "int4", "varchar", "varchar",
            "varchar", "int8", "timestamp"};
    private static final String[] UPSTREAM_TYPES = {"varchar", "int8", "int8", "varchar", "varchar", "varchar",
            "text", "text", "varchar", "int4", "text", "varchar", "varchar", "int4", "numeric", "bool", "int8",
            "varchar", "varchar", "timestamp"};
    private static final String[] CHARGE_TYPES = {"varchar", "int8", "int8", "int8", "int8", "varchar", "numeric",
            "timestamp"};

    /** Column-wise values of a multi-row insert ({@code insert ... select * from unnest(arrays)}). */
    private static final class Columns {
        private final Object[][] cols;
        private final String[] types;
        private int rows;

        Columns(String[] types, int capacity) {
            this.types = types;
            this.cols = new Object[types.length][capacity];
        }

        void add(Object... values) {
            if (rows == cols[0].length) {
                for (int c = 0; c < cols.length; c++) {
                    cols[c] = java.util.Arrays.copyOf(cols[c], Math.max(4, rows * 2));
                }
            }
            for (int c = 0; c < values.length; c++) {
                cols[c][rows] = values[c];
            }
            rows++;
        }

        int size() {
            return rows;
        }

        void insert(Connection con, String sql) throws SQLException {
            try (PreparedStatement ps = con.prepareStatement(sql)) {
                for (int c = 0; c < cols.length; c++) {
                    ps.setArray(c + 1, con.createArrayOf(types[c], java.util.Arrays.copyOf(cols[c], rows)));
                }
                int n = ps.executeUpdate();
                if (n != rows) {
                    throw new IllegalStateException("inserted " + n + " of " + rows + " rows");
                }
            }
        }
    }

    private static void insertUpstreams(Connection con, List<Object[]> rows) throws SQLException {
        Columns c = new Columns(UPSTREAM_TYPES, rows.size());
        rows.forEach(c::add);
        c.insert(con, INSERT_UPSTREAMS);
    }

    /** Consumes one free call of the deptItem if any is left (the counter row serialises concurrent callers). */
    private boolean consumeFree(DeptItemView item, Map<Long, Integer> exhaustedMarks) {
        int freeCount = item.freeCount();
        if (freeCount <= 0 || Integer.valueOf(freeCount).equals(freeExhausted.get(item.deptItemId()))) {
            return false;
        }
        int n = jdbc.update("""
                insert into free_usage (dept_item_id, used) values (?, 1)
                on conflict (dept_item_id) do update set used = free_usage.used + 1 where free_usage.used < ?""",
                item.deptItemId(), freeCount);
        if (n == 0) {
            exhaustedMarks.put(item.deptItemId(), freeCount);
        }
        return n == 1;
    }

    private String reqParam(String checkItem, OpenCallBody b) {
        // the subject only (never credentials); identity numbers and mobiles masked in the upstream log
        return "{\"item\":\"" + checkItem + "\",\"name\":\"" + mask(b.name(), 1, 0) + "\",\"idCard\":\""
                + mask(b.idCard(), 6, 4) + "\",\"mobile\":\"" + mask(b.mobile(), 3, 4) + "\",\"encryptionType\":"
                + b.encryption() + "}";
    }

    static String mask(String s, int head, int tail) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        if (s.length() <= head + tail) {
            return "*".repeat(s.length());
        }
        return s.substring(0, head) + "*".repeat(s.length() - head - tail) + s.substring(s.length() - tail);
    }

    private JsonNode readJson(String s) {
        if (s == null) {
            return null;
        }
        try {
            return json.readTree(s);
        } catch (Exception e) {
            return json.getNodeFactory().textNode(s);
        }
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    /** Tests: forget the in-memory "free count used up" marks. */
    public void resetFreeMarks() {
        freeExhausted.clear();
    }

    Timestamp ts(LocalDateTime t) {
        return Timestamp.valueOf(t);
    }
}
