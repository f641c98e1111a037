package com.nuoer.billing.payment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nuoer.billing.support.BillingIT;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Who sees which invoices and payments (demo data): customers their own, salesmen their customers', crm by menu. */
class FinanceIsolationIntegrationTest extends BillingIT {

    @Test
    void anotherOrganisationsInvoicesAreInvisible() {
        // demo2 (org 301) vs the demo customer's invoice 9201 (org 1)
        JsonNode list = beeback(301, 301, 301).post("/mt/beeback/billStatement/invoiceList", Map.of("pageSize", 100));
        assertThat(list.path("code").asInt()).isZero();
        assertThat(list.path("data").path("results")).isNotEmpty();
        list.path("data").path("results").forEach(r -> assertThat(r.path("deptId").asLong()).isEqualTo(301L));
        assertThat(beeback(301, 301, 301).post("/mt/beeback/billStatement/invoiceDetail", Map.of("id", 9201))
                .path("code").asInt()).isEqualTo(40400);
        assertThat(beeback(301, 301, 301).post("/mt/beeback/billStatement/sendInvoiceEmail",
                Map.of("id", 9201, "email", "x@it.example")).path("code").asInt()).isEqualTo(40400);
        JsonNode own = beeback(1, 1, 3).post("/mt/beeback/billStatement/invoiceDetail", Map.of("id", 9201));
        assertThat(own.path("code").asInt()).isZero();
        assertThat(own.path("data").path("statementList")).isNotEmpty();
        // naming someone else's statement answers like an unknown one
        assertThat(beeback(301, 301, 301).post("/mt/beeback/billStatement/invoiceCalculate",
                Map.of("statementNoList", List.of("BSDEMO9008"))).path("code").asInt()).isEqualTo(40400);
    }

    @Test
    void aSalesmanSeesOnlyHisCustomersPaymentsAndInvoices() {
        JsonNode list = sales(202).post("/mt/sales/finance/payment/list", Map.of("pageSize", 100));
        assertThat(list.path("code").asInt()).isZero();
        list.path("data").path("results").forEach(r -> assertThat(r.path("customerId").asLong()).isEqualTo(202L));
        assertThat(sales(202).get("/mt/sales/finance/payment/detail/HKDEMO9301").path("code").asInt()).isEqualTo(40400);
        assertThat(sales(2).get("/mt/sales/finance/payment/detail/HKDEMO9301").path("code").asInt()).isZero();
        sales(202).post("/mt/sales/finance/payment/receivableBillList", Map.of()).path("data")
                .forEach(r -> assertThat(r.path("customerId").asLong()).isEqualTo(202L));
        assertThat(sales(202).post("/mt/sales/finance/invoice/detail", Map.of("id", 9201)).path("code").asInt())
                .isEqualTo(40400);
        assertThat(sales(202).post("/mt/sales/finance/invoiceHeader/list", Map.of("userId", 3)).path("code").asInt())
                .isEqualTo(40400);
        JsonNode invoices = sales(202).post("/mt/sales/finance/invoice/list", Map.of("pageSize", 100));
        invoices.path("data").path("results").forEach(r -> assertThat(r.path("deptId").asLong()).isEqualTo(202L));
    }

    @Test
    void opsWithoutTheFinanceMenusGet403() {
        for (String path : List.of("/mt/crm/bill/invoice/list", "/mt/crm/bill/payment/list", "/mt/crm/bill/payment/sum",
                "/mt/crm/customer/invoiceHeader/list")) {
            JsonNode r = ops01().post(path, Map.of("userId", 3));
            assertThat(r.path("code").asInt()).as(path).isEqualTo(40300);
            assertThat(r.path("httpStatus").asInt()).isEqualTo(403);
        }
        JsonNode audit = ops01().post("/mt/crm/bill/payment/audit", Map.of("paymentNo", "HKDEMO9302",
                "auditType", "pass"));
        assertThat(audit.path("code").asInt()).isEqualTo(40300);
    }
}
