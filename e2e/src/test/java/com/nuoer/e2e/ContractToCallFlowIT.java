package com.nuoer.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Flows F4 → F5 across five services through the gateway (issues 5 and 10): the demo customer's ID3_FACE product is
 * opened but unsigned, so the open API refuses it; ops prepare and submit the supplement contract, the signer signs on
 * the sandbox e-sign page (public route), the signed contract reaches svc-customer (ContractStateChanged), which
 * republishes the deptItem (DeptItemChanged) to svc-apicall's call gate; the same open-API call then succeeds, its
 * charge line reaches svc-wallet (ApiCallCharged) and the default wallet goes down by exactly the deptItem's price.
 */
@ExtendWith(SuiteExtension.class)
class ContractToCallFlowIT {

    private static final String PRODUCT = "ID3_FACE";
    private static final long DEPT_ITEM = 5;
    private static final BigDecimal PRICE = new BigDecimal("0.75");

    private static Gateway gateway;

    @BeforeAll
    static void connect(Suite suite) {
        gateway = new Gateway(suite);
    }

    @Test
    void signingTheContractOpensTheProductAndTheCallIsChargedOnce() throws Exception {
        String crm = gateway.login("crm");
        String customer = gateway.login("beeback");
        OpenApiClient open = OpenApiClient.demo(gateway); // the organisation's prod account: the demo has one

        // opened but not signed: the call gate refuses it (nothing recorded, nothing charged)
        assertThat(open.call(PRODUCT).code()).isEqualTo(40324);
        List<Long> unsigned = ids(gateway.post("/mt/crm/deptContract/unsignedDeptItemList", crm, Map.of("deptId", 1)));
        assertThat(unsigned).contains(DEPT_ITEM);

        // ops: prepare, preview and submit the next contract of the account with the unsigned product
        Gateway.Answer preData = gateway.post("/mt/crm/deptContract/preData", crm, Map.of("deptId", 1));
        assertThat(preData.code()).as(preData.body().toString()).isZero();
        int seq = preData.data().path("seq").asInt();
        Gateway.Answer preview = gateway.post("/mt/crm/deptContract/preSubmit", crm, Map.of("deptId", 1,
                "contractName", "杭州演示科技有限公司产品补充协议(流程测试)", "seq", seq,
                "fillDataList", List.of(Map.of("key", "signDate", "value", "2026-12-01")),
                "deptItemList", List.of(Map.of("deptItemId", DEPT_ITEM, "checkItem", PRODUCT, "itemName", "人像三要素核验",
                        "showFee", "0.75元/次", "feeType", "查询计费", "remark", "按次计费"))));
        assertThat(preview.code()).as(preview.body().toString()).isZero();
        String contractNo = preview.data().path("contractNo").asText();
        Gateway.Answer submitted = gateway.post("/mt/crm/deptContract/submit", crm,
                Map.of("deptId", 1, "contractNo", contractNo, "mobile", "13900000001"));
        assertThat(submitted.code()).as(submitted.body().toString()).isZero();
        String signPath = URI.create(submitted.data().path("signUrl").asText()).getPath();
        assertThat(signPath).startsWith("/esign/sandbox/");

        // the signer opens the sandbox signing page through the gateway's public route and signs
        var page = gateway.getText(signPath);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(contractNo);
        assertThat(gateway.postForm(signPath + "/sign").statusCode()).isEqualTo(200);

        // the customer sees the contract signed
        eventually("contract signed", () -> gateway.post("/mt/beeback/deptContract/list", customer,
                Map.of("pageNo", 1, "pageSize", 50)), answer -> contractState(answer, contractNo) == 100);

        // the signature travels customer → apicall: the same call now succeeds and is charged exactly once
        BigDecimal before = gateway.demoWalletBalance(customer);
        Gateway.Answer called = eventually("call accepted after signing", () -> open.call(PRODUCT),
                answer -> answer.code() != 40324);
        assertThat(called.code()).as(called.body().toString()).isZero();
        assertThat(called.data().path("isFee").asInt()).isEqualTo(1);
        assertThat(new BigDecimal(called.data().path("fee").asText())).isEqualByComparingTo(PRICE);
        eventually("wallet charged", () -> gateway.demoWalletBalance(customer),
                balance -> balance.compareTo(before.subtract(PRICE)) <= 0);
        // no second deduction arrives later
        LockSupport.parkNanos(3_000_000_000L);
        assertThat(gateway.demoWalletBalance(customer)).isEqualByComparingTo(before.subtract(PRICE));
        assertThat(ids(gateway.post("/mt/crm/deptContract/unsignedDeptItemList", crm, Map.of("deptId", 1))))
                .doesNotContain(DEPT_ITEM);
    }

    private static List<Long> ids(Gateway.Answer answer) {
        assertThat(answer.code()).as(answer.body().toString()).isZero();
        return java.util.stream.StreamSupport.stream(answer.data().spliterator(), false)
                .map(line -> line.path("deptItemId").asLong()).toList();
    }

    private static int contractState(Gateway.Answer answer, String contractNo) {
        for (var row : answer.data().path("results")) {
            if (contractNo.equals(row.path("contractNo").asText())) {
                return row.path("state").asInt();
            }
        }
        return Integer.MIN_VALUE;
    }

    /** Polls (≤ 60 s: events, then the call path's projection cache of ≤ 30 s) until {@code done} holds. */
    private static <T> T eventually(String what, Callable<T> probe, Predicate<T> done) throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        T last = probe.call();
        while (!done.test(last)) {
            assertThat(System.currentTimeMillis()).as(what + " (last: " + last + ")").isLessThan(deadline);
            LockSupport.parkNanos(500_000_000L);
            last = probe.call();
        }
        return last;
    }
}
