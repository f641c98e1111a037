package com.nuoer.contract.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nuoer.contract.support.ContractIntegrationSupport;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Customers see only their own contracts, salesmen only their customers', crm staff need the contract menu. */
class ContractIsolationIntegrationTest extends ContractIntegrationSupport {

    @Test
    void anotherOrganisationsCustomerCannotOpenOrListTheContract() {
        assertThat(ok(get("demo", "/mt/beeback/deptContract/getSignInfo/HT202603010001")).path("deptId").asLong())
                .isEqualTo(1);
        JsonNode foreign = get("demo2", "/mt/beeback/deptContract/getSignInfo/HT202603010001");
        assertThat(foreign.path("code").asInt()).isEqualTo(40410);
        assertThat(foreign.has("data")).isFalse();
        JsonNode list = ok(post("demo2", "/mt/beeback/deptContract/list", Map.of("pageSize", 100)));
        assertThat(list.path("results").findValues("deptId")).isNotEmpty().allMatch(d -> d.asLong() == 301);
        assertThat(post("demo2", "/mt/beeback/deptContract/resendSms", Map.of("contractNo", "HT202611220007"))
                .path("code").asInt()).isEqualTo(40410);
    }

    @Test
    void aSalesmanCannotActOnAnotherSalesmansCustomer() {
        Fixture f = newCustomer(2); // sales01's customer
        String contractNo = preSubmit("sales01", f, 0, List.of()).path("contractNo").asText();
        ok(submit("sales01", f, contractNo));

        assertThat(post("sales02", "/mt/sales/contract/preData", Map.of("deptId", f.deptId())).path("code").asInt())
                .isEqualTo(40411);
        assertThat(post("sales02", "/mt/sales/contract/unsignedDeptItemList", Map.of("deptId", f.deptId()))
                .path("code").asInt()).isEqualTo(40411);
        assertThat(post("sales02", "/mt/sales/contract/resendSms", Map.of("contractNo", contractNo))
                .path("code").asInt()).isEqualTo(40410);
        assertThat(post("sales02", "/mt/sales/contract/withdraw", Map.of("contractNo", contractNo))
                .path("code").asInt()).isEqualTo(40410);
        assertThat(submit("sales02", f, contractNo).path("code").asInt()).isEqualTo(40410);
        assertThat(ok(post("sales02", "/mt/sales/contract/list", Map.of("contractNoList", List.of(contractNo))))
                .path("total").asLong()).isZero();
        assertThat(ok(post("sales01", "/mt/sales/contract/list", Map.of("contractNoList", List.of(contractNo))))
                .path("total").asLong()).isEqualTo(1);
        assertThat(stateOf(contractNo)).isEqualTo(ContractState.PENDING);
    }

    @Test
    void crmStaffWithoutTheContractMenuGet403() {
        for (String path : List.of("/mt/crm/deptContract/list", "/mt/crm/deptContract/needSignContractList")) {
            JsonNode answer = post("ops01", path, Map.of());
            assertThat(answer.path("code").asInt()).isEqualTo(40300);
        }
        assertThat(post("ops01", "/mt/crm/deptContract/withdraw", Map.of("contractNo", "HT202611230010"))
                .path("code").asInt()).isEqualTo(40300);
        assertThat(ok(post("admin", "/mt/crm/deptContract/list", Map.of())).path("total").asLong()).isPositive();
    }
}
