package com.nuoer.contract.esign;

import io.swagger.v3.oas.annotations.Hidden;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nuoer.common.error.BizException;
import com.nuoer.common.web.ApiResponse;
import com.nuoer.contract.contract.ContractError;
import com.nuoer.contract.contract.ContractService;
import java.util.Map;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Public endpoint the e-sign provider calls back ({@code /esign/callback/{provider}}): no session, the HMAC
 * signature is the credential. Answers {@code applied=false} for a redelivered callback (acknowledged, no effect).
 */
@Hidden // not seed API: provider callbacks, the sandbox page and signed file links stay out of the OpenAPI document
@RestController
public class EsignCallbackController {

    private final CallbackSignature signature;
    private final ObjectMapper objectMapper;
    private final ContractService contracts;
    private final EsignProviders providers;

    public EsignCallbackController(CallbackSignature signature, ObjectMapper objectMapper, ContractService contracts,
                                   EsignProviders providers) {
        this.signature = signature;
        this.objectMapper = objectMapper;
        this.contracts = contracts;
        this.providers = providers;
    }

    @PostMapping("/esign/callback/{provider}")
    public ApiResponse<Map<String, Object>> callback(@PathVariable String provider,
                                                     @RequestHeader(value = CallbackSignature.TIMESTAMP, required = false) String timestamp,
                                                     @RequestHeader(value = CallbackSignature.SIGNATURE, required = false) String sig,
                                                     @RequestBody String body) {
        if (providers.byCode(provider).isEmpty()) {
            throw ContractError.FLOW_NOT_FOUND.exception("未知的签署服务商: " + provider);
        }
        if (!signature.verify(timestamp, sig, body)) {
            throw ContractError.CALLBACK_SIGNATURE_INVALID.exception();
        }
        EsignCallback callback;
        try {
            callback = objectMapper.readValue(body, EsignCallback.class);
        } catch (JsonProcessingException e) {
            throw BizException.badRequest("回调内容不是合法的JSON");
        }
        if (callback.eventId() == null || callback.flowId() == null || callback.action() == null) {
            throw BizException.badRequest("回调缺少 eventId/flowId/action");
        }
        boolean applied = contracts.applyCallback(provider, callback);
        return ApiResponse.ok(Map.of("applied", applied));
    }
}
