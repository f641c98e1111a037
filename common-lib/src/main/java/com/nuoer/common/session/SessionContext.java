package com.nuoer.common.session;

import com.nuoer.common.error.BizException;
import com.nuoer.common.error.ErrorCode;
import java.util.Optional;

/**
 * The identity of the current request, set by {@code IdentityFilter} from the gateway's signed headers. Controllers
 * and services read the caller from here — never from the request body (fields the seed marks 「无需传递」 are
 * overwritten from the session).
 */
public final class SessionContext {

    /** A verified identity and the signed payload it came from (re-signed for onward Feign calls). */
    public record Identity(SessionInfo session, String payload) {
    }

    private static final ThreadLocal<Identity> CURRENT = new ThreadLocal<>();

    private SessionContext() {
    }

    public static void set(Identity identity) {
        CURRENT.set(identity);
    }

    public static void clear() {
        CURRENT.remove();
    }

    public static Optional<Identity> identity() {
        return Optional.ofNullable(CURRENT.get());
    }

    public static Optional<SessionInfo> current() {
        return identity().map(Identity::session);
    }

    /** The logged-in caller, or a 401 envelope. */
    public static SessionInfo require() {
        return current().filter(s -> !s.isService())
                .orElseThrow(() -> new BizException(ErrorCode.UNAUTHORIZED));
    }

    /**
     * The caller of a cross-environment {@code sync*} endpoint (domain.md §5.8, F16): a service identity (internal
     * twins) or a crm session holding {@link MenuCodes#CRM_SYNC} — the peer environment's integration account, whose
     * role grants only that menu (admin has it too). Anyone else: 401 / 403 envelope.
     */
    public static SessionInfo requirePeerSync() {
        SessionInfo caller = current().orElseThrow(() -> new BizException(ErrorCode.UNAUTHORIZED));
        if (caller.isService() || (AppCode.CRM.code().equals(caller.appcode()) && caller.hasMenu(MenuCodes.CRM_SYNC))) {
            return caller;
        }
        throw new BizException(ErrorCode.FORBIDDEN, "同步接口只允许服务凭证或环境同步账号调用");
    }

    /** Runs a block as the given identity (listeners and schedulers acting for a user or as the service). */
    public static void runAs(Identity identity, Runnable block) {
        Identity previous = CURRENT.get();
        CURRENT.set(identity);
        try {
            block.run();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }
}
