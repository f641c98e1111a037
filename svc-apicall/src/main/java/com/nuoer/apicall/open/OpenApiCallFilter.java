package com.nuoer.apicall.open;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nuoer.common.error.BizException;
import com.nuoer.common.error.ErrorCode;
import com.nuoer.common.web.OpenApiPath;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * The hot path of svc-apicall (issue 5): {@code POST /open/v1/{checkItem}} with a plain product code is answered
 * here, right after the trace and identity filters, instead of through Spring MVC's dispatch — handler lookup,
 * argument resolution of four headers and a String body, content negotiation and message converters cost about a
 * quarter of the CPU of a call (JFR). The call itself is {@link OpenApiController#answer}, the same code the
 * {@code @PostMapping} runs; errors go through the service's exception handlers
 * ({@code GlobalExceptionHandler}, the MVC {@link HandlerExceptionResolver}) with the controller method as the
 * handler, so an answer — success or refusal — is byte for byte the one MVC would give. Anything else (other
 * methods, encoded or unusual paths) is left to MVC.
 * <p>These calls are timed in {@code nuoer.apicall.open.requests} (tag {@code status}) instead of the generic
 * {@code http.server.requests} observation (OpenApiWebConfig leaves them out of it): starting and stopping an
 * observation — its active-requests long-task timer, its tags and meter lookups — was about a tenth of a call's CPU.
 */
public class OpenApiCallFilter extends OncePerRequestFilter {

    private final OpenApiController controller;
    private final ObjectMapper json;
    private final HandlerExceptionResolver exceptionResolver;
    private final HandlerMethod handler;
    private final int maxBodyBytes;
    private final Meter.MeterProvider<Timer> timers;

    public OpenApiCallFilter(OpenApiController controller, ObjectMapper json,
                             HandlerExceptionResolver exceptionResolver, DataSize maxBody, MeterRegistry meters)
            throws NoSuchMethodException {
        this.controller = controller;
        this.json = json;
        this.exceptionResolver = exceptionResolver;
        Method call = OpenApiController.class.getMethod("call", String.class, String.class, String.class,
                String.class, String.class, String.class, HttpServletRequest.class);
        this.handler = new HandlerMethod(controller, call);
        this.maxBodyBytes = (int) Math.min(Integer.MAX_VALUE - 1, maxBody.toBytes());
        this.timers = Timer.builder("nuoer.apicall.open.requests")
                .description("open data API calls answered by svc-apicall, by HTTP status")
                .withRegistry(meters);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return checkItemOf(request) == null;
    }

    /** The product code of a plain open-API call, else null. */
    static String checkItemOf(HttpServletRequest request) {
        if (!"POST".equals(request.getMethod()) || !request.getContextPath().isEmpty()) {
            return null;
        }
        return OpenApiPath.checkItemOf(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long started = System.nanoTime();
        try {
            answer(request, response);
        } finally {
            timers.withTag("status", Integer.toString(response.getStatus()))
                    .record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        }
    }

    private void answer(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        try {
            var answer = controller.answer(checkItemOf(request), request.getHeader(OpenApiController.APP_ID),
                    request.getHeader(OpenApiController.TIMESTAMP), request.getHeader(OpenApiController.NONCE),
                    request.getHeader(OpenApiController.SIGNATURE), body(request), request);
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            json.writeValue(response.getOutputStream(), answer);
        } catch (Exception e) {
            ModelAndView resolved = response.isCommitted() ? null
                    : exceptionResolver.resolveException(request, response, handler, e);
            if (resolved == null) {
                throw e instanceof ServletException se ? se : new ServletException(e);
            }
        }
    }

    /** The body as MVC's String converter reads it (the request's charset, else UTF-8); null when empty. */
    private String body(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > maxBodyBytes) {
            throw tooLarge();
        }
        byte[] bytes;
        try (InputStream in = request.getInputStream()) {
            bytes = in.readNBytes(maxBodyBytes + 1);
        }
        if (bytes.length > maxBodyBytes) {
            throw tooLarge();
        }
        if (bytes.length == 0) {
            return null;
        }
        String encoding = request.getCharacterEncoding();
        if (encoding == null) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        try {
            return new String(bytes, Charset.forName(encoding));
        } catch (IllegalArgumentException e) {
            throw OpenApiErrors.BAD_PARAMS.exception("不支持的字符集: " + encoding);
        }
    }

    private BizException tooLarge() {
        return new BizException(ErrorCode.PAYLOAD_TOO_LARGE, "请求体超过 " + maxBodyBytes + " 字节");
    }
}
