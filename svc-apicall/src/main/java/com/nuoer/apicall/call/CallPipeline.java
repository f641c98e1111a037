package com.nuoer.apicall.call;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nuoer.apicall.cache.CacheEntry;
import com.nuoer.apicall.cache.CacheKeys;
import com.nuoer.apicall.cache.CacheStore;
import com.nuoer.apicall.forewarn.ForewarnEvaluator;
import com.nuoer.apicall.open.OpenApiErrors;
import com.nuoer.apicall.projection.CustomerView;
import com.nuoer.apicall.projection.DeptItemView;
import com.nuoer.apicall.projection.DeptView;
import com.nuoer.apicall.projection.ProjectionStore;
import com.nuoer.apicall.projection.WalletGuard;
import com.nuoer.apicall.upstream.UpstreamAttempt;
import com.nuoer.apicall.upstream.UpstreamRequest;
import com.nuoer.apicall.upstream.UpstreamRouter;
import com.nuoer.apicall.usage.UsageAccumulator;
import com.nuoer.common.messaging.events.CheckItemChanged;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The open data-API call path (flows F4-9 and F5) after the caller is authenticated: customer and product gating,
 * encryption type, wallet guard, tradeNo idempotency, cache, upstream routing with failover, fee, and the record +
 * charge line in one local transaction ({@link CallRecorder}). Everything it reads is a local copy.
 */
@Service
public class CallPipeline {

    private static final int CONTRACT_OFFLINE_SIGNED = 80;
    private static final int CONTRACT_SIGNED = 100;
    private static final int CUSTOMER_TRIAL = 10;
    private static final int DEPT_TRIAL = 0;

    /** Who calls: the authenticated developer account, the signature it sent and its IP. */
    public record Caller(DeptView dept, String sign, String ip) {
    }

    private final ProjectionStore projections;
    private final ProductCache products;
    private final WalletGuard guard;
    private final TradeLedger trades;
    private final CacheStore cache;
    private final UpstreamRouter router;
    private final CallRecorder recorder;
    private final UsageAccumulator usage;
    private final SeqNos seqNos;
    private final ForewarnEvaluator forewarn;
    private final Executor alertExecutor;
    private final ObjectMapper json;
    private final Clock clock;
    private final boolean contractRule;

    public CallPipeline(ProjectionStore projections, ProductCache products, WalletGuard guard, TradeLedger trades,
                        CacheStore cache, UpstreamRouter router, CallRecorder recorder, UsageAccumulator usage,
                        SeqNos seqNos, ForewarnEvaluator forewarn,
                        @Qualifier("applicationTaskExecutor") Executor alertExecutor, ObjectMapper json, Clock clock,
                        @Value("${nuoer.apicall.gating.require-contract:true}") boolean contractRule) {
        this.projections = projections;
        this.products = products;
        this.guard = guard;
        this.trades = trades;
        this.cache = cache;
        this.router = router;
        this.recorder = recorder;
        this.usage = usage;
        this.seqNos = seqNos;
        this.forewarn = forewarn;
        this.alertExecutor = alertExecutor;
        this.json = json;
        this.clock = clock;
        this.contractRule = contractRule;
    }

    public OpenAnswer call(Caller caller, String code, OpenCallBody body) {
        DeptView dept = caller.dept();
        Optional<CustomerView> customer = projections.customer(dept.organizationId());
        if (customer.isPresent() && customer.get().disabled()) {
            throw OpenApiErrors.ACCOUNT_DISABLED.exception();
        }
        CheckItemChanged product = products.get(code).orElseThrow(OpenApiErrors.PRODUCT_UNKNOWN::exception);
        List<DeptItemView> items = projections.deptItems(dept.deptId());
        DeptItemView item = items.stream()
                .filter(i -> code.equals(i.checkItem()) && i.fusionDeptItemId() == null && !i.deleted())
                .findFirst().filter(DeptItemView::usable)
                .orElseThrow(OpenApiErrors.PRODUCT_NOT_AUTHORISED::exception);
        int state = product.state() == null ? -1 : product.state();
        if ((state != 10 && state != 5) || !Integer.valueOf(1).equals(product.isOpen())) {
            throw OpenApiErrors.PRODUCT_DISABLED.exception();
        }
        if (contractRule && !contracted(item, dept, customer.orElse(null))) {
            throw OpenApiErrors.CONTRACT_NOT_SIGNED.exception();
        }
        if (blank(body.name()) && blank(body.idCard()) && blank(body.mobile())) {
            throw OpenApiErrors.BAD_PARAMS.exception("name, idCard, mobile 至少填写一项");
        }
        if (body.tradeNo() != null && body.tradeNo().length() > 64) {
            throw OpenApiErrors.BAD_PARAMS.exception("tradeNo: 长度不能超过64");
        }
        if (longer(body.name(), 128) || longer(body.idCard(), 128) || longer(body.mobile(), 128)) {
            throw OpenApiErrors.BAD_PARAMS.exception("name, idCard, mobile: 长度不能超过128");
        }
        if (longer(body.tag(), 64) || longer(body.scene(), 64)) {
            throw OpenApiErrors.BAD_PARAMS.exception("tag, scene: 长度不能超过64");
        }
        List<Integer> encryptable = product.encryptableList() == null || product.encryptableList().isEmpty()
                ? List.of(1) : product.encryptableList();
        if (!encryptable.contains(body.encryption())) {
            throw OpenApiErrors.ENCRYPTION_NOT_ALLOWED.exception("该产品不支持加密方式 " + body.encryption()
                    + "，支持: " + encryptable);
        }
        WalletGuard.Decision wallet = guard.check(dept.organizationId());
        if (!wallet.allowed()) {
            throw OpenApiErrors.BALANCE_EXHAUSTED.exception();
        }
        String tradeNo = blank(body.tradeNo()) ? null : body.tradeNo().trim();
        if (tradeNo != null) {
            OpenAnswer first = trades.claimOrReplay(dept.deptId(), tradeNo, code, requestHash(code, body));
            if (first != null) {
                return first;
            }
        }
        try {
            return execute(caller, product, item, items, body, tradeNo, wallet);
        } catch (RuntimeException e) {
            if (tradeNo != null) {
                trades.release(dept.deptId(), tradeNo);
            }
            throw e;
        }
    }

    /** F4-9: signed (80/100), or a trial customer / trial account. */
    private static boolean contracted(DeptItemView item, DeptView dept, CustomerView customer) {
        Integer c = item.contractState();
        if (c != null && (c == CONTRACT_SIGNED || c == CONTRACT_OFFLINE_SIGNED)) {
            return true;
        }
        if (customer != null && customer.customerType() != null && customer.customerType() == CUSTOMER_TRIAL) {
            return true;
        }
        return dept.status() != null && dept.status() == DEPT_TRIAL;
    }

    private OpenAnswer execute(Caller caller, CheckItemChanged product, DeptItemView item, List<DeptItemView> items,
                               OpenCallBody body, String tradeNo, WalletGuard.Decision wallet) {
        long start = System.nanoTime();
        LocalDateTime now = LocalDateTime.now(clock);
        String seqNo = seqNos.next(now);
        String code = product.checkItem();
        int days = item.cacheFetchDays() != null && item.cacheFetchDays() > 0 ? item.cacheFetchDays()
                : product.cacheTime() == null ? 0 : product.cacheTime();
        boolean cacheable = Integer.valueOf(1).equals(product.cacheFlag()) && days > 0;
        String cacheKey = cacheable ? CacheKeys.key(code, body.name(), body.idCard(), body.mobile(), body.scene(),
                CacheKeys.MD5) : null;
        UpstreamRequest request = new UpstreamRequest(seqNo, code, body.name(), body.idCard(), body.mobile(),
                body.encryption(), body.scene());

        CallRecorder.Outcome outcome;
        Optional<CacheEntry> hit = cacheable ? cache.fresh(cacheKey, now.minusDays(days), now) : Optional.empty();
        if (hit.isPresent()) {
            outcome = CallRecorder.Outcome.cached(hit.get());
        } else if (Boolean.TRUE.equals(product.isFusion())) {
            outcome = fusion(product, item, items, request);
        } else {
            var routed = router.route(router.plan(code, item.sourceList()), request);
            outcome = CallRecorder.Outcome.routed(routed.attempts(), routed.answered());
        }
        int time = (int) ((System.nanoTime() - start) / 1_000_000);
        CallRecorder.Recorded r = recorder.record(new CallRecorder.Input(seqNo, now, caller, product, item, body,
                tradeNo, wallet, outcome, time, cacheable && hit.isEmpty() ? cacheKey : null, days));
        guard.spent(caller.dept().organizationId(), r.chargedFee());
        usage.add(r.usage());
        if (r.answer().success() == 0) {
            // F12a: a failed call counts in the customer's error-alert window; a firing alert looks up contacts over
            // Feign, so it runs off the caller's thread
            long deptId = caller.dept().deptId();
            Instant at = now.atZone(clock.getZone()).toInstant();
            alertExecutor.execute(() -> forewarn.onCallFinished(deptId, code, false, at));
            throw OpenApiErrors.UPSTREAM_FAILED.exception(OpenApiErrors.UPSTREAM_FAILED.message(), r.answer());
        }
        return r.answer();
    }

    /** A fusion product: each sub-item routed on its own; fee by chargeType (FeeRules.fusion). */
    private CallRecorder.Outcome fusion(CheckItemChanged product, DeptItemView item, List<DeptItemView> items,
                                        UpstreamRequest request) {
        List<DeptItemView> subItems = items.stream()
                .filter(i -> item.deptItemId().equals(i.fusionDeptItemId()) && !i.deleted()).toList();
        List<String> codes = subItems.isEmpty() ? product.subItems() : subItems.stream().map(DeptItemView::checkItem).toList();
        List<UpstreamAttempt> attempts = new ArrayList<>();
        List<FeeRules.Part> parts = new ArrayList<>();
        ObjectNode result = json.createObjectNode();
        boolean anyAnswered = false;
        boolean anyFound = false;
        for (String sub : codes) {
            UpstreamRequest r = new UpstreamRequest(request.seqNo(), sub, request.name(), request.idCard(),
                    request.mobile(), request.encryptionType(), request.scene());
            var routed = router.route(router.plan(sub, List.of()), r);
            attempts.addAll(routed.attempts());
            UpstreamAttempt answered = routed.answered();
            DeptItemView subItem = subItems.stream().filter(s -> s.checkItem().equals(sub)).findFirst().orElse(null);
            boolean found = answered != null && answered.answer().found();
            parts.add(new FeeRules.Part(subItem == null ? item.feeType() : subItem.feeType(),
                    subItem == null ? BigDecimal.ZERO : subItem.fee(), answered != null, found));
            anyAnswered |= answered != null;
            anyFound |= found;
            result.set(sub, answered == null ? json.nullNode() : readJson(answered.answer().result()));
        }
        return CallRecorder.Outcome.fusion(attempts, anyAnswered, anyFound, result.toString(), parts);
    }

    private JsonNode readJson(String s) {
        try {
            return json.readTree(s);
        } catch (Exception e) {
            return json.getNodeFactory().textNode(s);
        }
    }

    static String requestHash(String code, OpenCallBody b) {
        String s = code + "|" + nz(b.name()) + "|" + nz(b.idCard()) + "|" + nz(b.mobile()) + "|" + b.encryption() + "|"
                + nz(b.scene());
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static boolean longer(String s, int max) {
        return s != null && s.length() > max;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
