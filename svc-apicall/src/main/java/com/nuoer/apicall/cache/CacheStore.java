package com.nuoer.apicall.cache;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The answer cache table (api_cache): read by the call path, written after answered calls and by ops. */
@Component
public class CacheStore {

    private final JdbcTemplate jdbc;

    public CacheStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A live entry younger than {@code notBefore}. */
    public Optional<CacheEntry> fresh(String key, LocalDateTime notBefore, LocalDateTime now) {
        return jdbc.query("select * from api_cache where cache_key = ? and create_date >= ? and expire_at > ?",
                CacheStore::entry, key, Timestamp.valueOf(notBefore), Timestamp.valueOf(now)).stream().findFirst();
    }

    public Optional<CacheEntry> find(String key) {
        return jdbc.query("select * from api_cache where cache_key = ?", CacheStore::entry, key).stream().findFirst();
    }

    public List<CacheEntry> live(String checkItem, LocalDateTime now, int limit) {
        return jdbc.query("""
                select * from api_cache where check_item = ? and expire_at > ? order by create_date desc limit ?""",
                CacheStore::entry, checkItem, Timestamp.valueOf(now), limit);
    }

    public void put(CacheEntry e) {
        jdbc.update("""
                insert into api_cache (cache_key, check_item, encryption_type, scene, cache_value, found, seq_no,
                                       create_date, expire_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (cache_key) do update set cache_value = excluded.cache_value, found = excluded.found,
                    seq_no = excluded.seq_no, create_date = excluded.create_date, expire_at = excluded.expire_at""",
                e.cacheKey(), e.checkItem(), e.encryptionType(), e.scene() == null ? "" : e.scene(), e.cacheValue(),
                e.found(), e.seqNo(), Timestamp.valueOf(e.createDate()), Timestamp.valueOf(e.expireAt()));
    }

    /** Several entries (the answers of one group commit) in one batch; a later entry of the same key wins. */
    public void putAll(List<CacheEntry> entries) {
        jdbc.batchUpdate("""
                insert into api_cache (cache_key, check_item, encryption_type, scene, cache_value, found, seq_no,
                                       create_date, expire_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (cache_key) do update set cache_value = excluded.cache_value, found = excluded.found,
                    seq_no = excluded.seq_no, create_date = excluded.create_date, expire_at = excluded.expire_at""",
                entries.stream().map(e -> new Object[] {e.cacheKey(), e.checkItem(), e.encryptionType(),
                        e.scene() == null ? "" : e.scene(), e.cacheValue(), e.found(), e.seqNo(),
                        Timestamp.valueOf(e.createDate()), Timestamp.valueOf(e.expireAt())}).toList());
    }

    public int update(String key, String value, LocalDateTime expireAt) {
        return jdbc.update("update api_cache set cache_value = coalesce(?, cache_value), expire_at = coalesce(?, expire_at) where cache_key = ?",
                value, expireAt == null ? null : Timestamp.valueOf(expireAt), key);
    }

    public int delete(String key) {
        return jdbc.update("delete from api_cache where cache_key = ?", key);
    }

    static CacheEntry entry(ResultSet rs, int i) throws SQLException {
        return new CacheEntry(rs.getString("cache_key"), rs.getString("check_item"), rs.getInt("encryption_type"),
                rs.getString("scene"), rs.getString("cache_value"), rs.getBoolean("found"), rs.getString("seq_no"),
                rs.getTimestamp("create_date").toLocalDateTime(), rs.getTimestamp("expire_at").toLocalDateTime());
    }
}
