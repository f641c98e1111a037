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
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes one call in ONE local transaction (F5-6): the fee decision with the free count consumed first, the
 * ApiRecord (unique seqNo), one UpstreamRecord per attempt, the charge line (never for monthly-settled wallets),
 * the tradeNo answer and the cache entry. The charge line reaches svc-wallet later, grouped per wallet
 * ({@code ChargeBatcher}), so nothing is charged before the answer is known and committed.
 */
@Component
public class CallRecorder {

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

    public CallRecorder(JdbcTemplate jdbc, TransactionTemplate tx, TradeLedger trades, CacheStore cache,
                        ObjectMapper json) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.trades = trades;
        this.cache = cache;
        this.json = json;
    }

    public Recorded record(Input in) {
        return tx.execute(status -> write(in));
    }

    private Recorded write(Input in) {
        Outcome o = in.outcome();
        DeptItemView item = in.item();
        FeeRules.Decision d = o.fusionParts() != null
                ? FeeRules.fusion(item.chargeType(), new FeeRules.Part(item.feeType(), item.fee(), o.success(), o.found()),
                o.fusionParts())
                : FeeRules.simple(new FeeRules.Part(item.feeType(), item.fee(), o.success(), o.found()));
        boolean free = d.chargeable() && consumeFree(item);
        int isFee = d.chargeable() && !free ? 1 : 0;
        BigDecimal fee = isFee == 1 ? d.fee() : BigDecimal.ZERO;
        var dept = in.caller().dept();
        var body = in.body();
        Timestamp at = Timestamp.valueOf(in.now());
        jdbc.update("""
                insert into api_record (seq_no, trade_no, dept_id, app_id, organization_id, dept_item_id, check_item, tag,
                    name, id_card, mobile, encryption_type, sign, phone_region, result, found, success, result_code,
                    result_msg, is_fee, free, fee, price, cache_flag, final_source, time, request_ip, extend, org_code,
                    wallet_id, create_date)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                in.seqNo(), in.tradeNo(), dept.deptId(), dept.appId(), dept.organizationId(), item.deptItemId(),
                item.checkItem(), body.tag(), body.name(), body.idCard(), body.mobile(), body.encryption(),
                in.caller().sign(), o.phoneRegion(), o.result(), o.found(), o.success() ? 1 : 0, o.resultCode(),
                truncate(o.resultMsg(), 500), isFee, free, fee, d.fee(), o.cacheFlag() ? 1 : 0, o.finalSource(),
                in.time(), in.caller().ip(), truncate(body.extend(), 2000), item.orgCode(), in.wallet().walletId(), at);
        List<Object[]> ups = new ArrayList<>();
        List<UsageAccumulator.Upstream> usageUps = new ArrayList<>();
        for (UpstreamAttempt a : o.attempts()) {
            var r = a.route();
            ups.add(new Object[] {in.seqNo(), r.id(), r.dataSourceId(), r.dataSourceCode(), r.dataSourceName(),
                    a.success() ? a.answer().thirdSeqNo() : null, reqParam(a.checkItem(), body),
                    a.success() ? a.answer().result() : null, r.reqUrl(), a.timeMs(), a.success() ? null : truncate(a.error(), 4000),
                    a.checkItem(), r.service(), a.success() ? 1 : 0, a.cost(), a.success(), dept.deptId(), dept.appId(),
                    body.tag(), at});
            usageUps.add(new UsageAccumulator.Upstream(r.id(), a.success(), a.cost()));
        }
        if (!ups.isEmpty()) {
            jdbc.batchUpdate("""
                    insert into upstream_record (seq_no, upstream_config_id, data_source_id, data_source_code,
                        data_source_name, third_seq_no, req_param, response, url, time, stack, item, outer_name, is_fee,
                        cost, success, dept_id, app_id, tag, create_date)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", ups);
        }
        boolean chargeLine = isFee == 1 && fee.signum() > 0 && !in.wallet().monthly();
        if (chargeLine) {
            jdbc.update("""
                    insert into charge_line (seq_no, dept_id, organization_id, merchant_id, wallet_id, check_item, fee,
                                             create_date)
                    values (?, ?, ?, ?, ?, ?, ?, ?)""",
                    in.seqNo(), dept.deptId(), dept.organizationId(),
                    in.wallet().merchantId() != null ? in.wallet().merchantId() : item.merchantId(),
                    in.wallet().walletId(), item.checkItem(), fee, at);
        }
        OpenAnswer answer = new OpenAnswer(in.seqNo(), in.tradeNo(), item.checkItem(), o.success() ? 1 : 0, o.found(),
                o.resultCode(), o.resultMsg(), readJson(o.result()), o.cacheFlag() ? 1 : 0, isFee, fee, in.time());
        if (in.tradeNo() != null) {
            trades.complete(dept.deptId(), in.tradeNo(), answer, o.success());
        }
        if (in.cacheKeyToStore() != null && o.success()) {
            int productDays = in.product().cacheTime() == null ? 0 : in.product().cacheTime();
            cache.put(new CacheEntry(in.cacheKeyToStore(), item.checkItem(), CacheKeys.MD5,
                    body.scene() == null ? "" : body.scene(), o.result(), o.found(), in.seqNo(), in.now(),
                    in.now().plusDays(Math.max(productDays, in.cacheDays()))));
        }
        UsageAccumulator.Call usage = new UsageAccumulator.Call(in.now(), dept.deptId(), item.checkItem(), o.success(),
                o.cacheFlag(), free, isFee == 1, fee, d.fee(), usageUps);
        return new Recorded(answer, chargeLine ? fee : BigDecimal.ZERO, usage);
    }

    /** Consumes one free call of the deptItem if any is left (the counter row serialises concurrent callers). */
    private boolean consumeFree(DeptItemView item) {
        int freeCount = item.freeCount();
        if (freeCount <= 0 || Integer.valueOf(freeCount).equals(freeExhausted.get(item.deptItemId()))) {
            return false;
        }
        int n = jdbc.update("""
                insert into free_usage (dept_item_id, used) values (?, 1)
                on conflict (dept_item_id) do update set used = free_usage.used + 1 where free_usage.used < ?""",
                item.deptItemId(), freeCount);
        if (n == 0) {
            freeExhausted.put(item.deptItemId(), freeCount);
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
