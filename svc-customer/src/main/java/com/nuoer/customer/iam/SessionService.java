package com.nuoer.customer.iam;

import com.nuoer.common.error.BizException;
import com.nuoer.common.error.ErrorCode;
import com.nuoer.common.session.AppCode;
import com.nuoer.common.session.SessionInfo;
import org.springframework.stereotype.Service;

/** querySession: the caller's session as forwarded by the gateway, or rebuilt from the database on request. */
@Service
public class SessionService {

    private final UserAccountRepository users;
    private final SessionAssembler assembler;
    private final SessionStore store;

    public SessionService(UserAccountRepository users, SessionAssembler assembler, SessionStore store) {
        this.users = users;
        this.assembler = assembler;
        this.store = store;
    }

    /**
     * Rebuilds {@code caller}'s session from the database with the same stoken and login app and rewrites it in
     * Redis (full TTL). A user disabled or no longer enabled for the app meanwhile loses the session; a session
     * logged out meanwhile is not brought back.
     */
    public SessionInfo refresh(SessionInfo caller, String requestIp) {
        AppCode app = AppCode.fromCode(caller.loginAppCode())
                .or(() -> AppCode.fromCode(caller.appcode()))
                .orElseThrow(() -> new BizException(ErrorCode.UNAUTHORIZED));
        UserAccount user = users.findWithAppsById(caller.userId()).orElse(null);
        if (user == null || !user.isActive()) {
            store.delete(caller.stoken(), caller.userId());
            throw new BizException(ErrorCode.ACCOUNT_DISABLED);
        }
        if (!user.mayLogInto(app)) {
            store.delete(caller.stoken(), caller.userId());
            throw new BizException(ErrorCode.APP_NOT_ENABLED);
        }
        SessionInfo rebuilt;
        try {
            rebuilt = assembler.assemble(user, app, caller.stoken(), requestIp,
                    Boolean.TRUE.equals(caller.isTemp()));
        } catch (BizException e) {
            store.delete(caller.stoken(), caller.userId());
            throw e;
        }
        if (!store.replaceIfPresent(rebuilt)) {
            throw new BizException(ErrorCode.SESSION_EXPIRED);
        }
        return rebuilt;
    }
}
