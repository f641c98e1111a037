package com.nuoer.contract.esign;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nuoer.contract.ContractProperties;
import com.nuoer.contract.contract.ContractError;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * The built-in e-sign provider (code {@value #CODE}): keeps signing flows in {@code esign_sandbox_flow}, serves the
 * signing page ({@link SandboxSigningController}, {@code /esign/sandbox/sign/{flowId}}) and, when the signer signs or
 * refuses there, calls this service back exactly like a vendor would: an HMAC-signed POST to
 * {@code /esign/callback/sandbox}. The callback is kept with the flow so it can be redelivered (vendors retry).
 */
@Component
public class SandboxEsignProvider implements EsignProvider {

    public static final String CODE = "sandbox";
    public static final String SIGN_PATH = "/esign/sandbox/sign/";

    private static final Logger log = LoggerFactory.getLogger(SandboxEsignProvider.class);

    /** A flow as the signing page shows it. */
    public record Flow(String flowId, String contractNo, String contractName, String signerMobile, String signerName,
                       String previewKey, String status, String rejectReason) {
    }

    /** A callback as delivered: body and signature headers. */
    public record DeliveredCallback(String url, String timestamp, String signature, String body, boolean accepted) {
    }

    private final JdbcTemplate jdbc;
    private final CallbackSignature signature;
    private final ObjectMapper objectMapper;
    private final Clock clock;
    private final Environment env;
    private final ContractProperties properties;
    private final RestClient http = RestClient.create();

    public SandboxEsignProvider(JdbcTemplate jdbc, CallbackSignature signature, ObjectMapper objectMapper,
                                Clock clock, Environment env, ContractProperties properties) {
        this.jdbc = jdbc;
        this.signature = signature;
        this.objectMapper = objectMapper;
        this.clock = clock;
        this.env = env;
        this.properties = properties;
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public SigningFlow start(SigningRequest request) {
        String flowId = UUID.randomUUID().toString().replace("-", "");
        jdbc.update("""
                insert into esign_sandbox_flow (flow_id, contract_no, contract_name, signer_mobile, signer_name,
                                                preview_key, status, created_at)
                values (?, ?, ?, ?, ?, ?, 'PENDING', ?)""",
                flowId, request.contractNo(), request.contractName(), request.signerMobile(), request.signerName(),
                request.documentKey(), Timestamp.valueOf(LocalDateTime.now(clock)));
        return new SigningFlow(flowId, SIGN_PATH + flowId);
    }

    @Override
    public void cancel(String flowId) {
        jdbc.update("update esign_sandbox_flow set status = 'CANCELLED', finished_at = ? where flow_id = ? and status = 'PENDING'",
                Timestamp.valueOf(LocalDateTime.now(clock)), flowId);
    }

    public Optional<Flow> flow(String flowId) {
        return jdbc.query("select * from esign_sandbox_flow where flow_id = ?", (rs, i) -> new Flow(
                rs.getString("flow_id"), rs.getString("contract_no"), rs.getString("contract_name"),
                rs.getString("signer_mobile"), rs.getString("signer_name"), rs.getString("preview_key"),
                rs.getString("status"), rs.getString("reject_reason")), flowId).stream().findFirst();
    }

    /**
     * The signer signs ({@link EsignCallback#SIGNED}) or refuses: the flow is closed and the callback delivered.
     * A flow that is no longer pending is refused (409).
     */
    public DeliveredCallback complete(String flowId, String action, String reason) {
        Flow flow = flow(flowId).orElseThrow(ContractError.FLOW_NOT_FOUND::exception);
        LocalDateTime now = LocalDateTime.now(clock);
        EsignCallback callback = new EsignCallback("sbx-" + flowId + "-" + action, flowId, flow.contractNo(), action,
                reason, now);
        String body;
        try {
            body = objectMapper.writeValueAsString(callback);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        int updated = jdbc.update("""
                update esign_sandbox_flow set status = ?, reject_reason = ?, finished_at = ?, callback_body = ?
                where flow_id = ? and status = 'PENDING'""",
                EsignCallback.SIGNED.equals(action) ? "SIGNED" : "REJECTED", reason, Timestamp.valueOf(now), body,
                flowId);
        if (updated == 0) {
            throw ContractError.ILLEGAL_STATE.exception("签署流程已结束（" + flow.status() + "）");
        }
        return deliver(body);
    }

    /** Delivers the stored callback of a finished flow again (what a vendor does when unsure it arrived). */
    public DeliveredCallback redeliver(String flowId) {
        String body = jdbc.query("select callback_body from esign_sandbox_flow where flow_id = ?",
                (rs, i) -> rs.getString(1), flowId).stream().findFirst().orElse(null);
        if (body == null) {
            throw ContractError.FLOW_NOT_FOUND.exception("签署流程尚无回调");
        }
        return deliver(body);
    }

    private DeliveredCallback deliver(String body) {
        String url = callbackUrl();
        String timestamp = String.valueOf(clock.millis());
        String sig = signature.sign(timestamp, body);
        boolean accepted;
        try {
            http.post().uri(url).contentType(MediaType.APPLICATION_JSON)
                    .header(CallbackSignature.TIMESTAMP, timestamp)
                    .header(CallbackSignature.SIGNATURE, sig)
                    .body(body).retrieve().toBodilessEntity();
            accepted = true;
        } catch (RestClientException e) {
            log.warn("sandbox callback to {} failed: {}", url, e.toString());
            accepted = false;
        }
        return new DeliveredCallback(url, timestamp, sig, body, accepted);
    }

    private String callbackUrl() {
        String configured = properties.getEsign().getSandboxCallbackUrl();
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        String port = env.getProperty("local.server.port", env.getProperty("server.port", "8080"));
        return "http://127.0.0.1:" + port + "/esign/callback/" + CODE;
    }
}
