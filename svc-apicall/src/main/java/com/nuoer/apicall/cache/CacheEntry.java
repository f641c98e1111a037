package com.nuoer.apicall.cache;

import java.time.LocalDateTime;

/** A cached answer (api_cache row). */
public record CacheEntry(String cacheKey, String checkItem, int encryptionType, String scene, String cacheValue,
                         boolean found, String seqNo, LocalDateTime createDate, LocalDateTime expireAt) {
}
