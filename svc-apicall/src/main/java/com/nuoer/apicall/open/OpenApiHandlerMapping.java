package com.nuoer.apicall.open;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Method;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.ServerHttpObservationFilter;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.handler.AbstractHandlerMapping;

/**
 * The hot path's own handler lookup: {@code POST /open/v1/{checkItem}} with a plain product code goes straight to
 * {@link OpenApiController#call} (the same handler method, arguments, envelope and error handling), instead of
 * matching the request against every request mapping of the service — that scan was about a sixth of the CPU of an
 * open-API call. Anything else (other methods, encoded or unusual paths) is left to the ordinary mappings.
 */
@Component
public class OpenApiHandlerMapping extends AbstractHandlerMapping {

    static final String PREFIX = "/open/v1/";
    static final String PATTERN = "/open/v1/{checkItem}";

    private final HandlerMethod handler;

    public OpenApiHandlerMapping(OpenApiController controller) throws NoSuchMethodException {
        Method call = OpenApiController.class.getMethod("call", String.class, String.class, String.class,
                String.class, String.class, String.class, HttpServletRequest.class);
        this.handler = new HandlerMethod(controller, call);
        setOrder(Ordered.HIGHEST_PRECEDENCE);
    }

    @Override
    protected Object getHandlerInternal(HttpServletRequest request) {
        if (!"POST".equals(request.getMethod())) {
            return null;
        }
        String uri = request.getRequestURI();
        if (uri == null || !uri.startsWith(PREFIX) || !request.getContextPath().isEmpty()) {
            return null;
        }
        String code = uri.substring(PREFIX.length());
        if (!plainCode(code)) {
            return null;
        }
        request.setAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, Map.of("checkItem", code));
        request.setAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE, PATTERN);
        request.setAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE, handler);
        request.setAttribute(HandlerMapping.PATH_WITHIN_HANDLER_MAPPING_ATTRIBUTE, uri);
        ServerHttpObservationFilter.findObservationContext(request).ifPresent(c -> c.setPathPattern(PATTERN));
        return handler;
    }

    /** Letters, digits, '_' and '-' only (1–64): no decoding or normalisation can make it mean something else. */
    static boolean plainCode(String code) {
        int n = code.length();
        if (n == 0 || n > 64) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = code.charAt(i);
            if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-')) {
                return false;
            }
        }
        return true;
    }
}
