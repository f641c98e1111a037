package com.nuoer.customer.iam;

import com.nuoer.common.error.BizException;
import com.nuoer.common.error.ErrorCode;
import com.nuoer.common.session.AppCode;
import com.nuoer.common.session.SessionInfo;
import com.nuoer.customer.iam.sys.TempPasswords;
import com.nuoer.customer.iam.sys.TempSessions;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Login and logout. Refusals, in this order: unknown user or wrong password → 40102 (one message for both, and an
 * unknown user costs the same BCrypt time); a running lockout → 40103 even with the right password; the failure that
 * reaches {@code nuoer.login.max-failures} → 40103; account not in state 10 → 40104 (only told after the right
 * password); user not enabled for the app → 40301. Per client IP, too many failures in a window → 42911 before any
 * check ({@link LoginIpGuard}). Not transactional as a whole: reads and writes are short
 * transactions of their own, so no database connection is held during BCrypt or Redis calls.
 */
@Service
public class LoginService {

    private static final Logger log = LoggerFactory.getLogger(LoginService.class);

    private final UserAccountRepository users;
    private final LoginAttempts attempts;
    private final SessionAssembler assembler;
    private final SessionStore store;
    private final SessionTokens tokens;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    /** Hash of a random password: checked for unknown usernames so they take as long as wrong passwords. */
    private final String decoyHash;
    private final TempPasswords tempPasswords;
    private final TempSessions tempSessions;

    public LoginService(UserAccountRepository users, LoginAttempts attempts, SessionAssembler assembler,
                        SessionStore store, SessionTokens tokens, PasswordEncoder passwordEncoder, Clock clock,
                        TempPasswords tempPasswords, TempSessions tempSessions) {
        this.tempPasswords = tempPasswords;
        this.tempSessions = tempSessions;
        this.users = users;
        this.attempts = attempts;
        this.assembler = assembler;
        this.store = store;
        this.tokens = tokens;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.decoyHash = passwordEncoder.encode(tokens.newToken());
    }

    public SessionInfo login(String appcode, String username, String password, String requestIp) {
        AppCode app = AppCode.fromCode(appcode).filter(AppCode::loginable)
                .orElseThrow(() -> BizException.badRequest("appcode 必须是 beeback、crm 或 sales 之一"));
        return ipGuard.attempt(requestIp, () -> login(app, username, password, requestIp));
    }

    private SessionInfo login(AppCode app, String username, String password, String requestIp) {
        Optional<UserAccount> found = users.findByUsername(username);
        if (found.isEmpty()) {
            passwordEncoder.matches(password, decoyHash);
            log.info("login refused: unknown user, app {}", app.code());
            throw new BizException(ErrorCode.BAD_CREDENTIALS);
        }
        UserAccount user = found.get();
        if (user.isLocked(LocalDateTime.now(clock))) {
            log.info("login refused: user {} locked", user.getId());
            throw new BizException(ErrorCode.ACCOUNT_LOCKED);
        }
        if (!user.passwordMatches(password, passwordEncoder)) {
            if (app == AppCode.BEEBACK && user.isActive() && user.mayLogInto(app)
                    && tempPasswords.consume(password, user.getId(), requestIp)) {
                return loginWithTempPassword(user, app, requestIp);
            }
            boolean locked = attempts.recordFailure(user.getId());
            log.info("login refused: wrong password for user {}{}", user.getId(), locked ? ", now locked" : "");
            throw new BizException(locked ? ErrorCode.ACCOUNT_LOCKED : ErrorCode.BAD_CREDENTIALS);
        }
        if (!user.isActive()) {
            throw new BizException(ErrorCode.ACCOUNT_DISABLED);
        }
        if (!user.mayLogInto(app)) {
            throw new BizException(ErrorCode.APP_NOT_ENABLED);
        }
        SessionInfo session = assembler.assemble(user, app, tokens.newToken(), requestIp);
        attempts.recordSuccess(user.getId(), requestIp);
        store.save(session);
        log.info("user {} logged in to {}", user.getId(), app.code());
        return session;
    }

    /**
     * genTempPasswd impersonation: an operator's one-time password opened a customer's account. The session is
     * marked {@code isTemp}, lives {@code nuoer.sys.temp-session-ttl} at most and does not count as the user's own
     * login (no last-login update).
     */
    private SessionInfo loginWithTempPassword(UserAccount user, AppCode app, String requestIp) {
        SessionInfo session = assembler.assemble(user, app, tokens.newToken(), requestIp, true);
        store.save(session, tempSessions.ttl());
        tempSessions.register(session.stoken(), user.getId());
        log.warn("AUDIT user {} logged in to {} with a temporary password from {}", user.getId(), app.code(),
                requestIp);
        return session;
    }

    private LoginIpGuard ipGuard;

    @org.springframework.beans.factory.annotation.Autowired
    void setIpGuard(LoginIpGuard ipGuard) {
        this.ipGuard = ipGuard;
    }

    /** Ends the caller's session; a no-op for a session that is already gone. */
    public void logout(SessionInfo caller) {
        store.delete(caller.stoken(), caller.userId());
        log.info("user {} logged out of {}", caller.userId(), caller.appcode());
    }
}
