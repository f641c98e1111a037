package com.nuoer.apicall.open;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nuoer.apicall.call.CallPipeline;
import com.nuoer.apicall.call.OpenAnswer;
import com.nuoer.apicall.call.OpenCallBody;
import com.nuoer.common.web.ApiResponse;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The open data API {@code POST /open/v1/{checkItem}} (not in the seed; issue 5): called by customers' systems
 * through the gateway without a session, signed with the account's appSecret. Headers {@code X-App-Id},
 * {@code X-Timestamp} (epoch ms), {@code X-Nonce}, {@code X-Signature} = hex HMAC-SHA256 over
 * {@code METHOD\npath\ntimestamp\nnonce\nbody}. Body {@link OpenCallBody}; answer: the envelope with
 * {@link OpenAnswer} (also in the data of a 50220 "all upstreams failed" answer).
 */
@RestController
public class OpenApiController {

    public static final String APP_ID = "X-App-Id";
    public static final String TIMESTAMP = "X-Timestamp";
    public static final String NONCE = "X-Nonce";
    public static final String SIGNATURE = "X-Signature";

    private final OpenApiAuthenticator authenticator;
    private final CallPipeline pipeline;
    private final ObjectMapper json;
    private final boolean trustRealIp;

    public OpenApiController(OpenApiAuthenticator authenticator, CallPipeline pipeline, ObjectMapper json,
                             @Value("${nuoer.apicall.open.trust-real-ip-header:true}") boolean trustRealIp) {
        this.authenticator = authenticator;
        this.pipeline = pipeline;
        this.json = json;
        this.trustRealIp = trustRealIp;
    }

    @Operation(summary = "数据接口调用（开放API）", description = "客户系统调用数据产品，无需登录：请求头 X-App-Id、X-Timestamp（毫秒，±5分钟）、"
            + "X-Nonce（只能使用一次）、X-Signature = hex(HMAC-SHA256(appSecret, \"POST\\n\" + path + \"\\n\" + timestamp + "
            + "\"\\n\" + nonce + \"\\n\" + body))；tradeNo 为幂等键（同一 tradeNo 只计费一次）")
    @PostMapping("/open/v1/{checkItem}")
    public ApiResponse<OpenAnswer> call(@PathVariable String checkItem,
                                        @RequestHeader(value = APP_ID, required = false) String appId,
                                        @RequestHeader(value = TIMESTAMP, required = false) String timestamp,
                                        @RequestHeader(value = NONCE, required = false) String nonce,
                                        @RequestHeader(value = SIGNATURE, required = false) String signature,
                                        @RequestBody(required = false) String body, HttpServletRequest request) {
        return answer(checkItem, appId, timestamp, nonce, signature, body, request);
    }

    /** The call itself, for the mapping above and for {@link OpenApiCallFilter} (the same request, parsed there). */
    ApiResponse<OpenAnswer> answer(String checkItem, String appId, String timestamp, String nonce, String signature,
                                   String body, HttpServletRequest request) {
        String ip = clientIp(request);
        var dept = authenticator.authenticate("POST", request.getRequestURI(), appId, timestamp, nonce, signature,
                body == null ? "" : body, ip);
        OpenCallBody call;
        try {
            call = body == null || body.isBlank() ? new OpenCallBody(null, null, null, null, null, null, null, null)
                    : json.readValue(body, OpenCallBody.class);
        } catch (Exception e) {
            throw OpenApiErrors.BAD_PARAMS.exception("请求体不是合法的JSON或字段类型错误");
        }
        return ApiResponse.ok(pipeline.call(new CallPipeline.Caller(dept, signature, ip), checkItem, call));
    }

    private String clientIp(HttpServletRequest request) {
        String real = trustRealIp ? request.getHeader("X-Real-IP") : null;
        return real != null && !real.isBlank() ? real.trim() : request.getRemoteAddr();
    }
}
