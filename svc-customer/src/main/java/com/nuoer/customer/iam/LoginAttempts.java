package com.nuoer.customer.iam;

import java.time.Clock;
import java.time.LocalDateTime;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the outcome of a password check. Each write commits in its own transaction: a failure must be counted
 * even though the login then ends with a refusal (an exception that rolls back any surrounding transaction).
 */
@Component
public class LoginAttempts {

    private final UserAccountRepository users;
    private final LoginProperties properties;
    private final Clock clock;

    public LoginAttempts(UserAccountRepository users, LoginProperties properties, Clock clock) {
        this.users = users;
        this.properties = properties;
        this.clock = clock;
    }

    /** Counts a wrong password (row-locked, so concurrent attempts all count); true if the account is now locked. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean recordFailure(Long userId) {
        return users.findForUpdateById(userId)
                .map(user -> user.recordFailure(LocalDateTime.now(clock), properties.maxFailures(),
                        properties.lockDuration()))
                .orElse(false);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordSuccess(Long userId, String ip) {
        users.findForUpdateById(userId).ifPresent(user -> user.recordLogin(LocalDateTime.now(clock), ip));
    }
}
