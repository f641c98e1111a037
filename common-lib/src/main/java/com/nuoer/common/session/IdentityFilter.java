package com.nuoer.common.session;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nuoer.common.error.ErrorCode;
import com.nuoer.common.web.ApiResponse;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Verifies the identity the gateway forwards and exposes it as {@link SessionContext}. Defence in depth behind the
 * gateway: {@code /mt/beeback|crm|sales/**} need a session of that app, {@code /internal/**} needs any signed
 * identity (a user's or a service's), {@code /mt/portal/**} and {@code /mt/auth/**} accept anonymous callers.
 * Headers that are present but not validly signed are refused, never ignored.
 */
public class IdentityFilter extends OncePerRequestFilter {

    private final IdentityHeaders headers;
    private final ObjectMapper objectMapper;
    private final Clock clock;

    public IdentityFilter(IdentityHeaders headers, ObjectMapper objectMapper, Clock clock) {
        this.headers = headers;
        this.objectMapper = objectMapper;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String payload = request.getHeader(IdentityHeaders.IDENTITY);
        SessionContext.Identity identity = null;
        if (payload != null) {
            if (!headers.verify(payload, request.getHeader(IdentityHeaders.TIMESTAMP),
                    request.getHeader(IdentityHeaders.SIGNATURE), clock.millis())) {
                reject(response, ErrorCode.INVALID_IDENTITY, null);
                return;
            }
            SessionInfo session;
            try {
                session = objectMapper.readValue(IdentityHeaders.decodePayload(payload), SessionInfo.class);
            } catch (IOException | IllegalArgumentException e) {
                reject(response, ErrorCode.INVALID_IDENTITY, null);
                return;
            }
            identity = new SessionContext.Identity(session, payload);
        }
        Optional<ErrorCode> refusal = refusal(path, identity == null ? null : identity.session());
        if (refusal.isPresent()) {
            reject(response, refusal.get(), null);
            return;
        }
        SessionContext.set(identity);
        try {
            chain.doFilter(request, response);
        } finally {
            SessionContext.clear();
        }
    }

    static Optional<ErrorCode> refusal(String path, SessionInfo session) {
        if (path.startsWith("/internal/")) {
            return session == null ? Optional.of(ErrorCode.UNAUTHORIZED) : Optional.empty();
        }
        Optional<AppCode> app = AppCode.ofPath(path);
        if (app.isEmpty() || app.get() == AppCode.PORTAL) {
            return Optional.empty();
        }
        if (session == null || session.isService()) {
            return Optional.of(ErrorCode.UNAUTHORIZED);
        }
        if (!app.get().code().equals(session.appcode())) {
            return Optional.of(ErrorCode.WRONG_APP);
        }
        return Optional.empty();
    }

    private void reject(HttpServletResponse response, ErrorCode error, String msg) throws IOException {
        response.setStatus(error.httpStatus());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        objectMapper.writeValue(response.getOutputStream(), ApiResponse.fail(error, msg));
    }
}
