package com.nuoer.contract.contract;

import com.nuoer.contract.ContractProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * Signing SMS cost money: per contract at most {@code perContractPerMinute} a minute and {@code perContractPerDay} a
 * day, per mobile at most {@code perMobilePerDay} a day (nuoer.contract.sms.*). Fixed-window counters in Redis; a
 * refused attempt gives its increments back so it does not count.
 */
@Component
public class SmsRateLimiter {

    private final StringRedisTemplate redis;
    private final ContractProperties properties;
    private final Clock clock;
    /** Counters belong to one deployment: the key carries its database name (engines may be shared). */
    private final String prefix;

    public SmsRateLimiter(StringRedisTemplate redis, ContractProperties properties, Clock clock,
                          @Value("${nuoer.db.name:nuoer_contract}") String dbName) {
        this.redis = redis;
        this.properties = properties;
        this.clock = clock;
        this.prefix = "nuoer:contract:sms:" + dbName + ":";
    }

    /** Counts one SMS for the contract and mobile, or refuses with a 429xx code. */
    public void acquire(String contractNo, String mobile) {
        ContractProperties.Sms limits = properties.getSms();
        long minute = clock.millis() / 60_000;
        LocalDate day = LocalDate.now(clock);
        List<String> taken = new ArrayList<>();
        try {
            take(taken, prefix + "c:" + contractNo + ":m:" + minute, Duration.ofMinutes(2),
                    limits.getPerContractPerMinute(), ContractError.SMS_CONTRACT_MINUTE);
            take(taken, prefix + "c:" + contractNo + ":d:" + day, Duration.ofDays(2),
                    limits.getPerContractPerDay(), ContractError.SMS_CONTRACT_DAY);
            take(taken, prefix + "m:" + mobile + ":d:" + day, Duration.ofDays(2),
                    limits.getPerMobilePerDay(), ContractError.SMS_MOBILE_DAY);
        } catch (RuntimeException e) {
            taken.forEach(redis.opsForValue()::decrement);
            throw e;
        }
    }

    private void take(List<String> taken, String key, Duration ttl, int limit, ContractError error) {
        Long count = redis.opsForValue().increment(key);
        taken.add(key);
        if (count != null && count == 1) {
            redis.expire(key, ttl);
        }
        if (count == null || count > limit) {
            throw error.exception();
        }
    }
}
