package com.nuoer.customer.iam;

import static org.assertj.core.api.Assertions.assertThat;

import com.nuoer.common.session.AppCode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** The login rules of {@link UserAccount}, on a fixed clock. */
class UserAccountLockoutTest {

    private static final int MAX = 5;
    private static final Duration LOCK = Duration.ofMinutes(15);

    private Clock clock;
    private UserAccount user;

    @BeforeEach
    void setUp() {
        clock = Clock.fixed(Instant.parse("2025-11-07T03:00:00Z"), ZoneId.of("Asia/Shanghai"));
        user = UserAccount.create("alice", "hash", "Alice", "13800000009", now());
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    private void advance(Duration d) {
        clock = Clock.offset(clock, d);
    }

    @Test
    void fourFailuresDoNotLock() {
        for (int i = 0; i < MAX - 1; i++) {
            assertThat(user.recordFailure(now(), MAX, LOCK)).isFalse();
        }
        assertThat(user.isLocked(now())).isFalse();
        assertThat(user.getFailedLoginCount()).isEqualTo(MAX - 1);
    }

    @Test
    void theFifthConsecutiveFailureLocksForTheLockDuration() {
        for (int i = 0; i < MAX - 1; i++) {
            user.recordFailure(now(), MAX, LOCK);
        }
        assertThat(user.recordFailure(now(), MAX, LOCK)).isTrue();
        assertThat(user.isLocked(now())).isTrue();
        assertThat(user.getLockedUntil()).isEqualTo(now().plus(LOCK));

        advance(LOCK.minusSeconds(1));
        assertThat(user.isLocked(now())).isTrue();
        advance(Duration.ofSeconds(1));
        assertThat(user.isLocked(now())).isFalse();
    }

    @Test
    void aSuccessResetsTheCounter() {
        for (int i = 0; i < MAX - 1; i++) {
            user.recordFailure(now(), MAX, LOCK);
        }
        user.recordLogin(now(), "10.0.0.1");
        assertThat(user.getFailedLoginCount()).isZero();
        assertThat(user.getLastLoginTime()).isEqualTo(now());
        assertThat(user.getLastLoginIp()).isEqualTo("10.0.0.1");
        // four more failures after the success: still not locked
        for (int i = 0; i < MAX - 1; i++) {
            assertThat(user.recordFailure(now(), MAX, LOCK)).isFalse();
        }
        assertThat(user.isLocked(now())).isFalse();
    }

    @Test
    void afterAnExpiredLockoutCountingStartsAgain() {
        for (int i = 0; i < MAX; i++) {
            user.recordFailure(now(), MAX, LOCK);
        }
        advance(LOCK.plusMinutes(1));
        assertThat(user.recordFailure(now(), MAX, LOCK)).isFalse();
        assertThat(user.getFailedLoginCount()).isEqualTo(1);
        assertThat(user.getLockedUntil()).isNull();
    }

    @Test
    void maxFailuresOfOneLocksAtTheFirstFailure() {
        assertThat(user.recordFailure(now(), 1, LOCK)).isTrue();
    }

    @Test
    void onlyNormalAccountsAreActive() {
        assertThat(user.isActive()).isTrue();
        user.changeState(UserState.CANCELLED, now());
        assertThat(user.isActive()).isFalse();
        user.changeState(UserState.INACTIVE, now());
        assertThat(user.isActive()).isFalse();
    }

    @Test
    void aUserMayLogIntoOnlyTheAppsEnabledForHim() {
        user.enableApp(AppCode.SALES);
        assertThat(user.mayLogInto(AppCode.SALES)).isTrue();
        assertThat(user.mayLogInto(AppCode.CRM)).isFalse();
        assertThat(user.mayLogInto(AppCode.BEEBACK)).isFalse();
    }

    @Test
    void passwordCheckUsesTheHashAndRefusesOverlongPasswords() {
        BCryptPasswordEncoder encoder = new BCryptPasswordEncoder(4);
        UserAccount bob = UserAccount.create("bob", encoder.encode("Secret@1"), null, null, now());
        assertThat(bob.passwordMatches("Secret@1", encoder)).isTrue();
        assertThat(bob.passwordMatches("secret@1", encoder)).isFalse();
        assertThat(bob.passwordMatches(null, encoder)).isFalse();
        assertThat(bob.passwordMatches("x".repeat(100), encoder)).isFalse();
        assertThat(bob.toString()).doesNotContain("$2a$");
    }
}
