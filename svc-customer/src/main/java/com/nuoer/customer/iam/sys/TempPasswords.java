package com.nuoer.customer.iam.sys;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-time temporary passwords (genTempPasswd): 16 characters from SecureRandom (≈ 95 bits), stored as SHA-256 only,
 * valid for {@code nuoer.sys.temp-password-ttl}, consumed by one atomic update (so two concurrent logins cannot both
 * use it). The table rows are the audit trail.
 */
@Component
public class TempPasswords {

    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789".toCharArray();
    private static final int LENGTH = 16;

    private final JdbcTemplate jdbc;
    private final SecureRandom random;
    private final SysProperties properties;
    private final Clock clock;

    public TempPasswords(JdbcTemplate jdbc, SecureRandom random, SysProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.random = random;
        this.properties = properties;
        this.clock = clock;
    }

    /** Creates a password usable once, for {@code targetUserId} only (or any customer account when null). */
    @Transactional
    public String create(Long targetUserId, long createdBy) {
        char[] chars = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            chars[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        String password = new String(chars);
        LocalDateTime now = LocalDateTime.now(clock);
        jdbc.update("""
                insert into temp_password (password_sha256, target_user_id, create_by, create_time, expire_time)
                values (?, ?, ?, ?, ?)""", sha256(password), targetUserId, createdBy, now,
                now.plus(properties.tempPasswordTtl()));
        return password;
    }

    /**
     * Uses the password for a login of {@code userId}: true exactly once per password, while it is valid and meant
     * for that user (or for anyone). Commits on its own, so the use is recorded even if the login fails later.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean consume(String password, long userId, String ip) {
        if (password == null || password.length() != LENGTH) {
            return false;
        }
        LocalDateTime now = LocalDateTime.now(clock);
        List<Long> used = jdbc.queryForList("""
                update temp_password set used_time = ?, used_by_user_id = ?, used_ip = ?
                where password_sha256 = ? and used_time is null and expire_time > ?
                  and (target_user_id is null or target_user_id = ?)
                returning id""", Long.class, now, userId, ip, sha256(password), now, userId);
        return !used.isEmpty();
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
