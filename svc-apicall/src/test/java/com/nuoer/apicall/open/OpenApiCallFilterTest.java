package com.nuoer.apicall.open;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nuoer.apicall.call.OpenAnswer;
import com.nuoer.common.error.BizException;
import com.nuoer.common.web.ApiResponse;
import jakarta.servlet.FilterChain;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

class OpenApiCallFilterTest {

    final OpenApiController controller = mock(OpenApiController.class);
    final AtomicReference<Object[]> resolved = new AtomicReference<>();
    /** Stands in for the MVC exception resolvers: records what it was asked and writes a 4xx. */
    final HandlerExceptionResolver resolver = (request, response, handler, ex) -> {
        resolved.set(new Object[] {handler, ex});
        response.setStatus(ex instanceof BizException biz ? biz.httpStatus() : 500);
        return new ModelAndView();
    };
    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    final OpenApiCallFilter filter;

    OpenApiCallFilterTest() throws Exception {
        filter = new OpenApiCallFilter(controller, new ObjectMapper(), resolver, DataSize.ofBytes(64), meters);
    }

    static MockHttpServletRequest post(String uri, String body) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", uri);
        request.addHeader(OpenApiController.APP_ID, "app-1");
        request.addHeader(OpenApiController.TIMESTAMP, "1700000000000");
        request.addHeader(OpenApiController.NONCE, "n-1");
        request.addHeader(OpenApiController.SIGNATURE, "sig");
        request.setContentType("application/json");
        if (body != null) {
            request.setContent(body.getBytes(StandardCharsets.UTF_8));
        }
        return request;
    }

    @Test
    void aPlainCallIsAnsweredHereWithoutTheRestOfTheChain() throws Exception {
        ApiResponse<OpenAnswer> answer = new ApiResponse<>(0, "success", null, 1L, "t-1");
        MockHttpServletRequest request = post("/open/v1/ID2_CHECK", "{\"name\":\"张三\"}");
        when(controller.answer(eq("ID2_CHECK"), eq("app-1"), eq("1700000000000"), eq("n-1"), eq("sig"),
                eq("{\"name\":\"张三\"}"), eq(request))).thenReturn(answer);
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        filter.doFilter(request, response, chain);

        assertThat(chain.getRequest()).as("MVC is not reached").isNull();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("application/json");
        assertThat(response.getContentAsString()).isEqualTo(new ObjectMapper().writeValueAsString(answer));
        assertThat(meters.get("nuoer.apicall.open.requests").tag("status", "200").timer().count()).isEqualTo(1);
    }

    @Test
    void anEmptyBodyIsNullAsForTheMvcMapping() throws Exception {
        MockHttpServletRequest request = post("/open/v1/ID2_CHECK", null);
        filter.doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
        verify(controller).answer(eq("ID2_CHECK"), any(), any(), any(), any(), isNull(), eq(request));
    }

    @Test
    void refusalsGoThroughTheServicesExceptionHandlersWithTheControllerMethodAsHandler() throws Exception {
        BizException refusal = OpenApiErrors.BAD_SIGNATURE.exception();
        when(controller.answer(any(), any(), any(), any(), any(), any(), any())).thenThrow(refusal);
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter.doFilter(post("/open/v1/ID2_CHECK", "{}"), response, new MockFilterChain());

        assertThat(resolved.get()[1]).isSameAs(refusal);
        assertThat(((HandlerMethod) resolved.get()[0]).getMethod().getName()).isEqualTo("call");
        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(meters.get("nuoer.apicall.open.requests").tag("status", "401").timer().count()).isEqualTo(1);
    }

    @Test
    void aBodyAboveTheLimitIs413() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(post("/open/v1/ID2_CHECK", "x".repeat(65)), response, new MockFilterChain());
        assertThat(((BizException) resolved.get()[1]).code()).isEqualTo(40006);
        assertThat(response.getStatus()).isEqualTo(413);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/open/v1/A.B", "/open/v1/a%2Fb", "/open/v1/", "/open/v1/A/B", "/open/v2/A", "/open/v1/A;x"})
    void unusualPathsAreLeftToMvc(String uri) throws Exception {
        FilterChain chain = mock(FilterChain.class);
        MockHttpServletRequest request = post(uri, "{}");
        filter.doFilter(request, new MockHttpServletResponse(), chain);
        verify(chain).doFilter(eq(request), any());
    }

    @Test
    void otherMethodsAreLeftToMvc() throws Exception {
        FilterChain chain = mock(FilterChain.class);
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/open/v1/ID2_CHECK");
        filter.doFilter(request, new MockHttpServletResponse(), chain);
        verify(chain).doFilter(eq(request), any());
    }
}
