package com.nuoer.apicall.cache;

import com.nuoer.apicall.call.ProductCache;
import com.nuoer.apicall.record.RecordDtos.AddCacheRequest;
import com.nuoer.apicall.record.RecordDtos.CacheListRequest;
import com.nuoer.apicall.record.RecordDtos.CacheView;
import com.nuoer.apicall.record.RecordDtos.EditCacheRequest;
import com.nuoer.apicall.record.RecordDtos.RecordView;
import com.nuoer.apicall.record.RecordQueries;
import com.nuoer.apicall.record.RecordScope;
import com.nuoer.common.error.BizException;
import com.nuoer.common.messaging.events.CheckItemChanged;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.stereotype.Service;

/** Ops view of the answer cache (3.13.7, 3.13.8, 3.13.10–12): find by subject, inspect, add, edit, delete. */
@Service
public class CacheService {

    private static final int LIST_LIMIT = 100;

    private final CacheStore store;
    private final ProductCache products;
    private final RecordQueries records;
    private final Clock clock;

    public CacheService(CacheStore store, ProductCache products, RecordQueries records, Clock clock) {
        this.store = store;
        this.products = products;
        this.records = records;
        this.clock = clock;
    }

    public List<CacheView> list(CacheListRequest q) {
        LocalDateTime now = LocalDateTime.now(clock);
        boolean subject = notBlank(q.name()) || notBlank(q.idCard()) || notBlank(q.mobile());
        List<CacheEntry> entries;
        if (notBlank(q.checkItem()) && subject) {
            String key = CacheKeys.key(q.checkItem().trim(), q.name(), q.idCard(), q.mobile(), null, q.encryptionType());
            entries = store.find(key).filter(e -> e.expireAt().isAfter(now)).stream().toList();
        } else if (notBlank(q.checkItem())) {
            entries = store.live(q.checkItem().trim(), now, LIST_LIMIT);
        } else {
            throw new BizException(com.nuoer.common.error.ErrorCode.VALIDATION_FAILED, "checkItem: 请选择产品");
        }
        return entries.stream().map(e -> view(e, now)).toList();
    }

    public CacheView detail(String key) {
        LocalDateTime now = LocalDateTime.now(clock);
        return store.find(key).map(e -> view(e, now)).orElseThrow(() -> BizException.notFound("缓存"));
    }

    public CacheView add(AddCacheRequest r) {
        CheckItemChanged product = products.get(r.checkItem().trim()).orElseThrow(() -> BizException.notFound("产品"));
        LocalDateTime now = LocalDateTime.now(clock);
        String key = CacheKeys.key(product.checkItem(), r.name(), r.idCard(), r.mobile(), r.scene(), r.encryptionType());
        store.put(new CacheEntry(key, product.checkItem(), CacheKeys.normalisedType(r.encryptionType()),
                r.scene() == null ? "" : r.scene(), r.cacheValue() == null ? "" : r.cacheValue(), true, null, now,
                now.plusSeconds(r.expireSeconds())));
        return detail(key);
    }

    public CacheView edit(EditCacheRequest r) {
        LocalDateTime now = LocalDateTime.now(clock);
        String value = r.cacheValue() == null || r.cacheValue().isEmpty() ? null : r.cacheValue();
        if (store.update(r.cacheKey(), value, r.expireSeconds() == null ? null : now.plusSeconds(r.expireSeconds())) == 0) {
            throw BizException.notFound("缓存");
        }
        return detail(r.cacheKey());
    }

    /** Idempotent: deleting a key that is gone (expired, deleted before) answers false, not an error. */
    public boolean delete(String key) {
        return store.delete(key) > 0;
    }

    private CacheView view(CacheEntry e, LocalDateTime now) {
        RecordView record = e.seqNo() == null ? null : records.detail(e.seqNo(), RecordScope.all()).orElse(null);
        long seconds = Math.max(0, Duration.between(now, e.expireAt()).getSeconds());
        String name = products.get(e.checkItem()).map(CheckItemChanged::itemName).orElse(e.checkItem());
        return new CacheView(e.checkItem(), name, e.cacheKey(), e.cacheValue(), record, seconds, describe(seconds));
    }

    static String describe(long seconds) {
        long d = seconds / 86400;
        long h = seconds % 86400 / 3600;
        long m = seconds % 3600 / 60;
        long s = seconds % 60;
        StringBuilder b = new StringBuilder();
        if (d > 0) {
            b.append(d).append("天");
        }
        if (h > 0) {
            b.append(h).append("小时");
        }
        if (m > 0) {
            b.append(m).append("分");
        }
        if (s > 0 || b.isEmpty()) {
            b.append(s).append("秒");
        }
        return b.toString();
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
