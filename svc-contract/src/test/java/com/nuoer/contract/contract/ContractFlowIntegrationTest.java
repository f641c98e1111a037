package com.nuoer.contract.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nuoer.common.messaging.EventTypes;
import com.nuoer.contract.esign.CallbackSignature;
import com.nuoer.contract.esign.SandboxEsignProvider;
import com.nuoer.contract.support.ContractIntegrationSupport;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Flow F4 steps 4–8 on the real engines: unsigned product → preview → submit → sandbox signing → signed once. */
class ContractFlowIntegrationTest extends ContractIntegrationSupport {

    @Autowired
    SandboxEsignProvider sandbox;
    @Autowired
    CallbackSignature callbackSignature;
    @Autowired
    ContractExpiryJob expiryJob;
    @Autowired
    ContractService contracts;

    @Test
    void accreditedProductIsSignedOnceEvenWhenTheSandboxCallbackArrivesTwice() {
        Fixture f = newCustomer(2);
        assertThat(unsignedIds("admin", f.deptId())).containsExactly(f.item1(), f.item2());
        JsonNode needSign = ok(post("admin", "/mt/crm/deptContract/needSignContractList",
                Map.of("keyword", "测试客户" + f.deptId(), "pageSize", 10)));
        assertThat(needSign.path("results").get(0).path("id").asLong()).isEqualTo(f.deptId());
        assertThat(needSign.path("results").get(0).path("deptItemCount").asInt()).isEqualTo(2);
        assertThat(needSign.path("results").get(0).has("password")).isFalse();

        JsonNode preData = ok(post("admin", "/mt/crm/deptContract/preData", Map.of("deptId", f.deptId())));
        assertThat(preData.path("seq").asInt()).isZero();
        assertThat(preData.path("templateCode").asText()).isEqualTo("COOP_AGREEMENT_2026");
        assertThat(preData.path("deptItemList")).hasSize(2);

        JsonNode preview = preSubmit("admin", f, 0, List.of(itemLine(f.item1(), "ID2_CHECK", "身份证二要素核验")));
        String contractNo = preview.path("contractNo").asText();
        assertThat(preview.path("mobile").asText()).isEqualTo(f.mobile());
        ResponseEntity<byte[]> pdf = rest.getForEntity(pathOf(preview.path("previewUrl").asText()), byte[].class);
        assertThat(pdf.getStatusCode().value()).isEqualTo(200);
        assertThat(pdf.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        assertThat(new String(pdf.getBody(), 0, 5)).isEqualTo("%PDF-");
        // a tampered link is refused
        assertThat(rest.getForEntity(pathOf(preview.path("previewUrl").asText()) + "x", String.class)
                .getStatusCode().value()).isEqualTo(403);

        JsonNode submitted = ok(submit("admin", f, contractNo));
        assertThat(submitted.path("signUrl").asText()).contains("/esign/sandbox/sign/");
        List<JsonNode> notices = outbox(EventTypes.SEND_NOTICE, contractNo);
        assertThat(notices).hasSize(1);
        assertThat(notices.get(0).path("receiver").asText()).isEqualTo(f.mobile());
        assertThat(notices.get(0).path("params").path("signUrl").asText()).isEqualTo(submitted.path("signUrl").asText());
        assertThat(unsignedIds("admin", f.deptId())).containsExactly(f.item2());
        // the signing page is served
        assertThat(rest.getForEntity(pathOf(submitted.path("signUrl").asText()), String.class).getBody())
                .contains(contractNo);

        String flowId = flowIdOf(contractNo);
        SandboxEsignProvider.DeliveredCallback first = sandbox.complete(flowId, "SIGNED", null);
        SandboxEsignProvider.DeliveredCallback second = sandbox.redeliver(flowId);
        assertThat(first.accepted()).isTrue();
        assertThat(second.accepted()).isTrue();
        assertThat(second.body()).isEqualTo(first.body());

        assertThat(stateOf(contractNo)).isEqualTo(ContractState.SIGNED);
        List<JsonNode> events = outbox(EventTypes.CONTRACT_STATE_CHANGED, contractNo);
        assertThat(events).extracting(e -> e.path("state").asInt()).containsExactly(50, 100);
        JsonNode signedEvent = events.get(1);
        assertThat(signedEvent.path("deptItemIds").get(0).asLong()).isEqualTo(f.item1());
        assertThat(signedEvent.path("seq").asInt()).isZero();
        assertThat(signedEvent.path("expired").asBoolean()).isFalse();
        assertThat(signedEvent.path("version").asLong()).isGreaterThan(events.get(0).path("version").asLong());
        assertThat(unsignedIds("admin", f.deptId())).containsExactly(f.item2());

        JsonNode row = ok(post("admin", "/mt/crm/deptContract/list", Map.of("contractNoList", List.of(contractNo))))
                .path("results").get(0);
        assertThat(row.path("state").asInt()).isEqualTo(100);
        assertThat(row.path("deptItemCount").asInt()).isEqualTo(1);
        assertThat(row.path("expireTime").asText()).isNotBlank();
        ResponseEntity<byte[]> signedPdf = rest.getForEntity(pathOf(row.path("contractUrl").asText()), byte[].class);
        assertThat(signedPdf.getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void aCallbackWithABadSignatureIsRefusedAndChangesNothing() {
        Fixture f = newCustomer(2);
        String contractNo = preSubmit("admin", f, 0, List.of()).path("contractNo").asText();
        ok(submit("admin", f, contractNo));
        String body = "{\"eventId\":\"forged-1\",\"flowId\":\"" + flowIdOf(contractNo)
                + "\",\"contractNo\":\"" + contractNo + "\",\"action\":\"SIGNED\"}";
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set(CallbackSignature.TIMESTAMP, String.valueOf(clock.millis()));
        headers.set(CallbackSignature.SIGNATURE, "00" + callbackSignature.sign("1", body).substring(2));
        JsonNode answer = read(rest.exchange("/esign/callback/sandbox", HttpMethod.POST,
                new HttpEntity<>(body, headers), String.class).getBody());
        assertThat(answer.path("code").asInt()).isEqualTo(40110);
        assertThat(stateOf(contractNo)).isEqualTo(ContractState.PENDING);

        // correctly signed, the same callback applies once
        headers.set(CallbackSignature.SIGNATURE, callbackSignature.sign(headers.getFirst(CallbackSignature.TIMESTAMP), body));
        JsonNode applied = read(rest.exchange("/esign/callback/sandbox", HttpMethod.POST,
                new HttpEntity<>(body, headers), String.class).getBody());
        JsonNode again = read(rest.exchange("/esign/callback/sandbox", HttpMethod.POST,
                new HttpEntity<>(body, headers), String.class).getBody());
        assertThat(applied.path("data").path("applied").asBoolean()).isTrue();
        assertThat(again.path("data").path("applied").asBoolean()).isFalse();
        assertThat(outbox(EventTypes.CONTRACT_STATE_CHANGED, contractNo))
                .filteredOn(e -> e.path("state").asInt() == 100).hasSize(1);
    }

    @Test
    void withdrawReturnsTheProductsToUnsigned() {
        Fixture f = newCustomer(2);
        String contractNo = preSubmit("sales01", f, 0,
                List.of(itemLine(f.item1(), "ID2_CHECK", "身份证二要素核验"), itemLine(f.item2(), "MOBILE3_CHECK", "手机三要素核验")))
                .path("contractNo").asText();
        ok(submit("sales01", f, contractNo));
        assertThat(unsignedIds("sales01", f.deptId())).isEmpty();

        ok(post("sales01", "/mt/sales/contract/withdraw", Map.of("contractNo", contractNo)));
        assertThat(stateOf(contractNo)).isEqualTo(ContractState.CANCELLED);
        assertThat(unsignedIds("sales01", f.deptId())).containsExactly(f.item1(), f.item2());
        // repeated: nothing more happens
        ok(post("sales01", "/mt/sales/contract/withdraw", Map.of("contractNo", contractNo)));
        assertThat(outbox(EventTypes.CONTRACT_STATE_CHANGED, contractNo))
                .extracting(e -> e.path("state").asInt()).containsExactly(50, -1);
        // the sandbox flow is closed: signing it now is refused
        assertThat(sandbox.flow(flowIdOf(contractNo)).orElseThrow().status()).isEqualTo("CANCELLED");
    }

    @Test
    void illegalTransitionsAreRefusedWith409() {
        Fixture f = newCustomer(2);
        String contractNo = preSubmit("admin", f, 0, List.of(itemLine(f.item1(), "ID2_CHECK", "身份证二要素核验")))
                .path("contractNo").asText();
        // a draft cannot be renewed nor get a signing SMS
        assertThat(post("admin", "/mt/crm/deptContract/renewal", Map.of("contractNo", contractNo)).path("code").asInt())
                .isEqualTo(40910);
        assertThat(post("admin", "/mt/crm/deptContract/resendSms", Map.of("contractNo", contractNo)).path("code").asInt())
                .isEqualTo(40910);
        ok(submit("admin", f, contractNo));
        // a pending contract cannot be deleted; a second contract cannot take its product or its seq
        assertThat(post("admin", "/mt/crm/deptContract/delete", Map.of("contractNo", contractNo)).path("code").asInt())
                .isEqualTo(40910);
        assertThat(post("admin", "/mt/crm/deptContract/preSubmit", Map.of("deptId", f.deptId(), "contractName", "x",
                "seq", 1, "fillDataList", List.of(), "deptItemList",
                List.of(itemLine(f.item1(), "ID2_CHECK", "身份证二要素核验")))).path("code").asInt()).isEqualTo(40912);
        assertThat(post("admin", "/mt/crm/deptContract/preSubmit", Map.of("deptId", f.deptId(), "contractName", "x",
                "seq", 0, "fillDataList", List.of())).path("code").asInt()).isEqualTo(40911);
        // another signer while pending
        assertThat(post("admin", "/mt/crm/deptContract/submit", Map.of("deptId", f.deptId(), "contractNo", contractNo,
                "mobile", "13512345678")).path("code").asInt()).isEqualTo(40913);
        sandbox.complete(flowIdOf(contractNo), "SIGNED", null);
        // signed: no withdraw, no submit, no delete
        assertThat(post("admin", "/mt/crm/deptContract/withdraw", Map.of("contractNo", contractNo)).path("code").asInt())
                .isEqualTo(40910);
        assertThat(submit("admin", f, contractNo).path("code").asInt()).isEqualTo(40910);
        assertThat(post("admin", "/mt/crm/deptContract/delete", Map.of("contractNo", contractNo)).path("code").asInt())
                .isEqualTo(40910);
        assertThat(stateOf(contractNo)).isEqualTo(ContractState.SIGNED);
    }

    @Test
    void rejectedBySignerGoesTo_minus10AndFreesTheProducts() {
        Fixture f = newCustomer(2);
        String contractNo = preSubmit("admin", f, 0, List.of(itemLine(f.item1(), "ID2_CHECK", "身份证二要素核验")))
                .path("contractNo").asText();
        ok(submit("admin", f, contractNo));
        sandbox.complete(flowIdOf(contractNo), "REJECTED", "价格有误");
        JsonNode row = ok(post("admin", "/mt/crm/deptContract/list", Map.of("contractNoList", List.of(contractNo))))
                .path("results").get(0);
        assertThat(row.path("state").asInt()).isEqualTo(-10);
        assertThat(row.path("rejectReason").asText()).isEqualTo("价格有误");
        assertThat(unsignedIds("admin", f.deptId())).contains(f.item1());
        ok(post("admin", "/mt/crm/deptContract/delete", Map.of("contractNo", contractNo)));
        assertThat(ok(post("admin", "/mt/crm/deptContract/list", Map.of("contractNoList", List.of(contractNo))))
                .path("total").asLong()).isZero();
    }

    @Test
    void manualUploadSignsOffline80AndTheNextSeqFollows() {
        Fixture f = newCustomer(2);
        assertThat(ok(post("admin", "/mt/crm/deptContract/queryManualSeq", Map.of("deptId", f.deptId()))).asInt())
                .isZero();
        ok(post("admin", "/mt/crm/deptContract/manualUpload", Map.of("deptId", f.deptId(),
                "templateCode", "COOP_AGREEMENT_2026", "contractUrl", "https://static.nuoerdata.com/c/m.pdf", "seq", 0,
                "finishTime", "2026-11-01 10:00:00",
                "deptItemList", List.of(itemLine(f.item1(), "ID2_CHECK", "身份证二要素核验")))));
        JsonNode row = ok(post("admin", "/mt/crm/deptContract/list", Map.of("deptIdList", List.of(f.deptId()))))
                .path("results").get(0);
        assertThat(row.path("state").asInt()).isEqualTo(ContractState.MANUAL_SIGNED);
        assertThat(row.path("contractUrl").asText()).isEqualTo("https://static.nuoerdata.com/c/m.pdf");
        assertThat(row.path("finishTime").asText()).isEqualTo("2026-11-01 10:00:00");
        assertThat(unsignedIds("admin", f.deptId())).containsExactly(f.item2());
        assertThat(outbox(EventTypes.CONTRACT_STATE_CHANGED, row.path("contractNo").asText()))
                .extracting(e -> e.path("state").asInt()).containsExactly(80);
        assertThat(ok(post("admin", "/mt/crm/deptContract/queryManualSeq", Map.of("deptId", f.deptId()))).asInt())
                .isEqualTo(1);
    }

    @Test
    void theDailyCheckAnnouncesAnExpiredContractOnceAndRenewalRevivesIt() {
        Fixture f = newCustomer(2);
        String contractNo = preSubmit("admin", f, 0, List.of(itemLine(f.item1(), "ID2_CHECK", "身份证二要素核验")))
                .path("contractNo").asText();
        ok(submit("admin", f, contractNo));
        sandbox.complete(flowIdOf(contractNo), "SIGNED", null);
        assertThat(unsignedIds("admin", f.deptId())).containsExactly(f.item2());

        // its expiry passes (moved in the row, so that no other contract of the shared test database falls due)
        jdbc.update("update dept_contract set expire_time = ? where contract_no = ?",
                java.sql.Timestamp.valueOf(java.time.LocalDateTime.now(clock).minusMinutes(1)), contractNo);
        assertThat(contracts.expireDue()).isPositive();
        contracts.expireDue();
        expiryJob.run();
        List<JsonNode> expired = outbox(EventTypes.CONTRACT_STATE_CHANGED, contractNo).stream()
                .filter(e -> e.path("expired").asBoolean()).toList();
        assertThat(expired).hasSize(1);
        assertThat(expired.get(0).path("state").asInt()).isEqualTo(100);
        assertThat(unsignedIds("admin", f.deptId())).containsExactly(f.item1(), f.item2());

        ok(post("admin", "/mt/crm/deptContract/renewal", Map.of("contractNo", contractNo)));
        assertThat(unsignedIds("admin", f.deptId())).containsExactly(f.item2());
        List<JsonNode> all = outbox(EventTypes.CONTRACT_STATE_CHANGED, contractNo);
        assertThat(all.get(all.size() - 1).path("expired").asBoolean()).isFalse();

        ok(post("admin", "/mt/crm/deptContract/editExpireTime", Map.of("contractNo", contractNo,
                "expireDate", "2020-01-01")));
        List<JsonNode> after = outbox(EventTypes.CONTRACT_STATE_CHANGED, contractNo);
        assertThat(after.get(after.size() - 1).path("expired").asBoolean()).isTrue();
    }
}
