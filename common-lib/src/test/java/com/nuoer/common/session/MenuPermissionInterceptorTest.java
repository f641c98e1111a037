package com.nuoer.common.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nuoer.common.error.BizException;
import jakarta.servlet.DispatcherType;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.method.HandlerMethod;

class MenuPermissionInterceptorTest {

    static class Guarded {
        @RequiresMenu(MenuCodes.CRM_BILL)
        public void export() {
        }
    }

    private final MenuPermissionInterceptor interceptor = new MenuPermissionInterceptor();

    private static HandlerMethod guarded() throws NoSuchMethodException {
        return new HandlerMethod(new Guarded(), Guarded.class.getMethod("export"));
    }

    @Test
    void aRequestWithoutTheMenuIsRefused() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/mt/crm/bill/export");
        assertThatThrownBy(() -> interceptor.preHandle(request, new MockHttpServletResponse(), guarded()))
                .isInstanceOf(BizException.class);
    }

    @Test
    void theAsyncDispatchOfAStreamedAnswerIsNotCheckedAgain() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/mt/crm/bill/export");
        request.setDispatcherType(DispatcherType.ASYNC);
        assertThat(interceptor.preHandle(request, new MockHttpServletResponse(), guarded())).isTrue();
    }
}
