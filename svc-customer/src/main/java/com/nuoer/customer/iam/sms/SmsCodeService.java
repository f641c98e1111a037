package com.nuoer.customer.iam.sms;

import com.nuoer.common.error.BizException;
import com.nuoer.common.messaging.EventTypes;
import com.nuoer.common.messaging.OutboxPublisher;
import com.nuoer.common.messaging.Topics;
import com.nuoer.common.messaging.events.SendNotice;
import com.nuoer.common.session.SessionInfo;
import com.nuoer.customer.iam.IamError;
import com.nuoer.customer.iam.UserAccount;
import com.nuoer.customer.iam.UserAccountRepository;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * SMS verification codes (our {@code POST /mt/auth/sendSmsCode}) for a logged-in user's mobile or password change:
 * 6 digits from SecureRandom, kept in Redis for {@value #TTL_MINUTES} minutes bound to (scene, user, mobile), single
 * use, dropped after {@value #MAX_FAILURES} wrong tries. Sending: at most one per mobile per
 * {@value #RESEND_SECONDS} s, {@value #DAILY_LIMIT} per user and day and per mobile and day (42910), and
 * {@value #IP_HOURLY_LIMIT} per client IP and clock hour (42912); the SMS itself is a {@code SendNotice}
 * command on {@code notify-command} through the outbox (the notification centre sends it).
 */
@Service
public class SmsCodeService {

    static final int TTL_MINUTES = 5;
    static final int RESEND_SECONDS = 60;
    static final int DAILY_LIMIT = 10;
    static final int MAX_FAILURES = 5;
    /** Codes sent per client IP and hour (42912 beyond). */
    static final int IP_HOURLY_LIMIT = 30;
    private static final String PREFIX = "nuoer:sms-code:";

    private final StringRedisTemplate redis;
    private final OutboxPublisher outbox;
    private final UserAccountRepository users;
    private final SecureRandom random;
    private final Clock clock;

    public SmsCodeService(StringRedisTemplate redis, OutboxPublisher outbox, UserAccountRepository users,
                          SecureRandom random, Clock clock) {
        this.redis = redis;
        this.outbox = outbox;
        this.users = users;
        this.random = random;
        this.clock = clock;
    }

    static String codeKey(SmsScene scene, long userId, String mobile) {
        return PREFIX + scene.code() + ":" + userId + ":" + mobile;
    }

    /**
     * Sends a code: bindMobile → to the new {@code mobile}; resetPassword → to the account's own mobile (a
     * different {@code mobile} is refused). Returns the mobile it went to.
     */
    @Transactional
    public String send(SessionInfo caller, SmsScene scene, String mobile) {
        UserAccount user = users.findById(caller.userId()).orElseThrow(() -> BizException.notFound("用户"));
        String receiver;
        if (scene == SmsScene.RESET_PASSWORD) {
            if (user.getMobile() == null) {
                throw BizException.badRequest("账号未绑定手机号");
            }
            if (mobile != null && !mobile.isBlank() && !mobile.equals(user.getMobile())) {
                throw BizException.badRequest("请使用账号绑定的手机号接收验证码");
            }
            receiver = user.getMobile();
        } else {
            if (mobile == null || mobile.isBlank()) {
                throw BizException.badRequest("mobile: 请输入新手机号");
            }
            if (mobile.equals(user.getMobile())) {
                throw BizException.badRequest("新手机号与当前手机号相同");
            }
            receiver = mobile;
        }
        rateLimit(user.getId(), receiver);
        String code = String.format("%06d", random.nextInt(1_000_000));
        String key = codeKey(scene, user.getId(), receiver);
        redis.opsForValue().set(key, code, Duration.ofMinutes(TTL_MINUTES));
        redis.delete(key + ":fails");
        outbox.publish(Topics.NOTIFY_COMMAND, EventTypes.SEND_NOTICE, user.getId(), new SendNotice(
                SendNotice.SMS, receiver, List.of(), scene.templateCode(),
                Map.of("code", code, "minutes", String.valueOf(TTL_MINUTES)), null, null, null, user.getId(),
                caller.appcode(), "sms-code:" + scene.code() + ":" + user.getId() + ":" + clock.millis()));
        return receiver;
    }

    private void rateLimit(long userId, String mobile) {
        Boolean first = redis.opsForValue().setIfAbsent(PREFIX + "resend:" + mobile, "1",
                Duration.ofSeconds(RESEND_SECONDS));
        if (!Boolean.TRUE.equals(first)) {
            throw IamError.SMS_TOO_FREQUENT.exception();
        }
        String dayKey = PREFIX + "daily:" + userId + ":" + LocalDate.now(clock);
        Long n = redis.opsForValue().increment(dayKey);
        redis.expire(dayKey, Duration.ofDays(1));
        if (n != null && n > DAILY_LIMIT) {
            throw IamError.SMS_TOO_FREQUENT.exception("今日验证码发送次数已达上限");
        }
        // per receiving mobile and day (whatever account asks), and per client IP and hour
        String mobileDayKey = PREFIX + "daily-mobile:" + mobile + ":" + LocalDate.now(clock);
        Long m = redis.opsForValue().increment(mobileDayKey);
        redis.expire(mobileDayKey, Duration.ofDays(1));
        if (m != null && m > DAILY_LIMIT) {
            throw IamError.SMS_TOO_FREQUENT.exception("该手机号今日验证码发送次数已达上限");
        }
        String ip = clientIp();
        if (ip != null) {
            String ipKey = PREFIX + "hourly-ip:" + ip + ":" + LocalDateTime.now(clock).truncatedTo(ChronoUnit.HOURS);
            Long k = redis.opsForValue().increment(ipKey);
            redis.expire(ipKey, Duration.ofHours(1));
            if (k != null && k > IP_HOURLY_LIMIT) {
                throw IamError.SMS_IP_TOO_FREQUENT.exception();
            }
        }
    }

    /** The client IP of the current request (X-Real-IP from the gateway), null outside a request. */
    private static String clientIp() {
        var attributes = org.springframework.web.context.request.RequestContextHolder.getRequestAttributes();
        return attributes instanceof org.springframework.web.context.request.ServletRequestAttributes servlet
                ? com.nuoer.customer.iam.web.ClientIp.of(servlet.getRequest()) : null;
    }

    /** Checks and uses up a code; a wrong, expired or missing code is refused (40011). */
    public void verify(long userId, SmsScene scene, String mobile, String code) {
        String key = codeKey(scene, userId, mobile);
        String expected = redis.opsForValue().get(key);
        if (expected == null || code == null
                || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                code.getBytes(StandardCharsets.UTF_8))) {
            if (expected != null) {
                Long fails = redis.opsForValue().increment(key + ":fails");
                redis.expire(key + ":fails", Duration.ofMinutes(TTL_MINUTES));
                if (fails != null && fails >= MAX_FAILURES) {
                    redis.delete(List.of(key, key + ":fails"));
                }
            }
            throw IamError.SMS_CODE_INVALID.exception();
        }
        Boolean deleted = redis.delete(key);
        if (!Objects.equals(deleted, Boolean.TRUE)) {
            throw IamError.SMS_CODE_INVALID.exception(); // used concurrently
        }
    }
}
