package com.nuoer.contract.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nuoer.common.messaging.EventTypes;
import com.nuoer.common.messaging.events.CustomerAuthenticated;
import com.nuoer.common.messaging.events.CustomerChanged;
import com.nuoer.contract.support.ContractIntegrationSupport;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** customer-event keeps the unsigned products, names, salesman scope and authentication of the contract screens. */
class ProjectionIntegrationTest extends ContractIntegrationSupport {

    @Test
    void olderSnapshotsAreIgnoredAndOnlyOpenedProductsAreUnsigned() {
        Fixture f = newCustomer(2);
        deliver(EventTypes.DEPT_ITEM_CHANGED, f.item1(), item(f, f.item1(), "ID2_CHECK", "身份证二要素核验", -1, 5));
        assertThat(unsignedIds("admin", f.deptId())).containsExactly(f.item2());
        deliver(EventTypes.DEPT_ITEM_CHANGED, f.item1(), item(f, f.item1(), "ID2_CHECK", "身份证二要素核验", 10, 3));
        assertThat(unsignedIds("admin", f.deptId())).containsExactly(f.item2());
        deliver(EventTypes.DEPT_ITEM_CHANGED, f.item1(), item(f, f.item1(), "ID2_CHECK", "身份证二要素核验", 10, 6));
        assertThat(unsignedIds("admin", f.deptId())).containsExactly(f.item1(), f.item2());
    }

    @Test
    void reassignedCustomerMovesToTheNewSalesmanAndAuthenticationIsShown() {
        Fixture f = newCustomer(2);
        assertThat(post("sales01", "/mt/sales/contract/unsignedDeptItemList", Map.of("deptId", f.deptId()))
                .path("code").asInt()).isZero();
        deliver(EventTypes.CUSTOMER_CHANGED, f.orgId(), new CustomerChanged(f.orgId(), f.orgId(), f.orgId(),
                "测试客户" + f.orgId() + "有限公司", null, null, f.mobile(), "王测试", f.mobile(), null, 10, 20, null,
                null, 202L, false, System.currentTimeMillis() + 1000, LocalDateTime.now(clock)));
        assertThat(post("sales01", "/mt/sales/contract/unsignedDeptItemList", Map.of("deptId", f.deptId()))
                .path("code").asInt()).isEqualTo(40411);
        assertThat(post("sales02", "/mt/sales/contract/unsignedDeptItemList", Map.of("deptId", f.deptId()))
                .path("code").asInt()).isZero();

        deliver(EventTypes.CUSTOMER_AUTHENTICATED, f.orgId(), new CustomerAuthenticated(f.orgId(), f.orgId(),
                f.orgId(), 777L, 20, "测试客户" + f.orgId() + "有限公司", "91330106MA00000000", "王测试", f.mobile(),
                LocalDateTime.now(clock)));
        JsonNode row = ok(post("sales02", "/mt/sales/contract/needSignContractList",
                Map.of("keyword", "测试客户" + f.orgId()))).path("results").get(0);
        assertThat(row.path("authState").asInt()).isEqualTo(10);
        assertThat(row.path("authRecordId").asLong()).isEqualTo(777L);
        assertThat(row.path("mobile").asText()).isEqualTo(f.mobile());
    }
}
