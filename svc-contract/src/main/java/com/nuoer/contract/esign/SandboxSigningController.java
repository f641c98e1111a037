package com.nuoer.contract.esign;

import io.swagger.v3.oas.annotations.Hidden;
import com.nuoer.contract.contract.ContractError;
import com.nuoer.contract.storage.SignedLinks;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The sandbox provider's signing page ({@code /esign/sandbox/**}, public: the unguessable flow id in the SMS link
 * is the credential, as with a vendor's link). Shows the contract, a link to its PDF, and "sign" / "refuse" buttons.
 */
@Hidden // not seed API: provider callbacks, the sandbox page and signed file links stay out of the OpenAPI document
@RestController
public class SandboxSigningController {

    private final SandboxEsignProvider sandbox;
    private final SignedLinks links;

    public SandboxSigningController(SandboxEsignProvider sandbox, SignedLinks links) {
        this.sandbox = sandbox;
        this.links = links;
    }

    @GetMapping(value = SandboxEsignProvider.SIGN_PATH + "{flowId}", produces = MediaType.TEXT_HTML_VALUE)
    public ResponseEntity<String> page(@PathVariable String flowId) {
        SandboxEsignProvider.Flow flow = sandbox.flow(flowId).orElseThrow(ContractError.FLOW_NOT_FOUND::exception);
        String preview = flow.previewKey() == null ? "" : "<p><a href=\"" + esc(links.link(flow.previewKey()))
                + "\" target=\"_blank\">查看合同文本 (PDF)</a></p>";
        String actions = "PENDING".equals(flow.status())
                ? "<form method=\"post\" action=\"" + SandboxEsignProvider.SIGN_PATH + esc(flowId) + "/sign\">"
                  + "<button type=\"submit\">确认签署</button></form>"
                  + "<form method=\"post\" action=\"" + SandboxEsignProvider.SIGN_PATH + esc(flowId) + "/reject\">"
                  + "<input name=\"reason\" placeholder=\"拒签原因\" maxlength=\"200\"/>"
                  + "<button type=\"submit\">拒绝签署</button></form>"
                : "<p>签署状态：<b>" + statusLabel(flow.status()) + "</b></p>";
        return html("<h2>电子合同签署（沙箱）</h2>"
                + "<p>合同编号：" + esc(flow.contractNo()) + "</p>"
                + "<p>合同名称：" + esc(flow.contractName()) + "</p>"
                + "<p>签署人手机：" + esc(mask(flow.signerMobile())) + "</p>"
                + preview + actions);
    }

    @PostMapping(value = SandboxEsignProvider.SIGN_PATH + "{flowId}/sign", produces = MediaType.TEXT_HTML_VALUE)
    public ResponseEntity<String> sign(@PathVariable String flowId) {
        SandboxEsignProvider.DeliveredCallback delivered = sandbox.complete(flowId, EsignCallback.SIGNED, null);
        return html("<h2>签署完成</h2><p>" + (delivered.accepted() ? "合同已签署。" : "合同已签署，结果通知稍后送达。") + "</p>");
    }

    @PostMapping(value = SandboxEsignProvider.SIGN_PATH + "{flowId}/reject", produces = MediaType.TEXT_HTML_VALUE)
    public ResponseEntity<String> reject(@PathVariable String flowId,
                                         @RequestParam(required = false, defaultValue = "签署人拒绝签署") String reason) {
        String r = reason.length() > 200 ? reason.substring(0, 200) : reason;
        sandbox.complete(flowId, EsignCallback.REJECTED, r);
        return html("<h2>已拒绝签署</h2>");
    }

    private static ResponseEntity<String> html(String body) {
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .body("<!doctype html><html><head><meta charset=\"utf-8\"><meta name=\"viewport\" "
                        + "content=\"width=device-width\"><title>合同签署</title></head><body>" + body + "</body></html>");
    }

    private static String statusLabel(String status) {
        return switch (status) {
            case "SIGNED" -> "已签署";
            case "REJECTED" -> "已拒签";
            case "CANCELLED" -> "已撤销";
            default -> status;
        };
    }

    private static String mask(String mobile) {
        return mobile == null || mobile.length() < 7 ? mobile : mobile.substring(0, 3) + "****" + mobile.substring(7);
    }

    private static String esc(String s) {
        return s == null ? "" : HtmlUtils.htmlEscape(s);
    }
}
