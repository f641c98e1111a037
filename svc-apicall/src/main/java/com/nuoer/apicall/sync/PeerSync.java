package com.nuoer.apicall.sync;

import com.nuoer.common.session.SessionContext;
import com.nuoer.common.session.SessionInfo;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Cross-environment sync (domain.md §5.8, F16).
 *
 * <p>Incoming: the {@code sync*} endpoints accept a service identity on the internal twins under /internal/apicall/...
 * or, on the seed paths under /mt/crm, a crm session holding the {@code crm:sync} menu (the peer environment's
 * integration account; {@link SessionContext#requirePeerSync()}); any other session gets 403. They upsert by natural
 * key and never sync further ({@code syncOtherEnv} is ignored there).
 *
 * <p>Outgoing: {@code syncOtherEnv=true} on add / edit / saveDefaultSubItems / datasource save / upstream save is
 * accepted and logged; no peer environment is configured in this deployment, so nothing is pushed yet (open point:
 * an outbox-driven pusher calling the peer's internal sync twins).
 */
public final class PeerSync {

    private static final Logger log = LoggerFactory.getLogger(PeerSync.class);

    private PeerSync() {
    }

    public static SessionInfo requireService() {
        return SessionContext.requirePeerSync();
    }

    /**
     * The caller first, then the body: a session without {@code crm:sync} gets 403 whatever it sent (validating the
     * body first answered it 400 with the field rules of an endpoint it may not call).
     */
    public static <T> T requireServiceThenValidate(Validator validator, T request) {
        requireService();
        Set<ConstraintViolation<T>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return request;
    }

    public static void requested(Boolean syncOtherEnv, String what, Object key) {
        if (Boolean.TRUE.equals(syncOtherEnv)) {
            log.info("syncOtherEnv requested for {} {}: no peer environment configured, not pushed", what, key);
        }
    }
}
