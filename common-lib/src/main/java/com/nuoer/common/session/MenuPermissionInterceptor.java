package com.nuoer.common.session;

import com.nuoer.common.error.BizException;
import com.nuoer.common.error.ErrorCode;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Enforces {@link RequiresMenu}: the caller's session must grant one of the menus (403 envelope otherwise). Checked
 * once per request: the async dispatch that completes a streamed answer ({@code StreamingResponseBody}) runs the
 * interceptors again without the identity filter, and the check already passed on the request dispatch.
 */
public class MenuPermissionInterceptor implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (request.getDispatcherType() == DispatcherType.ASYNC || !(handler instanceof HandlerMethod method)) {
            return true;
        }
        RequiresMenu required = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), RequiresMenu.class);
        if (required == null) {
            required = AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), RequiresMenu.class);
        }
        if (required == null) {
            return true;
        }
        SessionInfo session = SessionContext.require();
        if (Arrays.stream(required.value()).noneMatch(session::hasMenu)) {
            throw new BizException(ErrorCode.FORBIDDEN, "无权访问：当前账号没有该功能的菜单权限");
        }
        return true;
    }
}
