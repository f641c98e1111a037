package com.nuoer.apicall.call;

import com.nuoer.apicall.catalog.CheckItem;
import com.nuoer.apicall.catalog.CheckItemRepository;
import com.nuoer.apicall.projection.TtlCache;
import com.nuoer.common.messaging.events.CheckItemChanged;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Product snapshots for the call path (the catalogue's own rows, cached for a few seconds). */
@Component
public class ProductCache {

    private final CheckItemRepository repository;
    private final TtlCache<String, Optional<CheckItemChanged>> cache;

    public ProductCache(CheckItemRepository repository, @Value("${nuoer.apicall.catalog-cache-millis:5000}") long ttl) {
        this.repository = repository;
        this.cache = new TtlCache<>(ttl);
    }

    public Optional<CheckItemChanged> get(String code) {
        return cache.get(code, c -> repository.findByCode(c).filter(i -> !i.isDeleted()).map(CheckItem::snapshot));
    }

    public void evictAll() {
        cache.clear();
    }
}
