package com.nuoer.billing.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nuoer.billing.support.BillingIT;
import com.nuoer.billing.support.FinanceFixtures;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Flow F7 through the HTTP endpoints: statements confirmed by the customer → invoice applied (oldest statement first,
 * never above the invoiceable amount) → audited by ops → finished with the file → mailed (SendNotice e-mail commands in
 * the outbox); statements' invoicedAmount/invoiceState follow; reject releases the reservation; illegal transitions 409.
 */
class InvoiceFlowIntegrationTest extends BillingIT {

    private FinanceFixtures f;
    private long older;
    private long newer;

    private Caller finance() {
        return caller(Map.of("appcode", "crm", "userId", 1, "roles", List.of("finance"),
                "menus", List.of("crm:invoice", "crm:payment")));
    }

    private Caller customer() {
        return beeback(f.org, f.dept, f.user);
    }

    @BeforeEach
    void statements() {
        f = new FinanceFixtures(jdbc);
        older = f.statement(YearMonth.of(2030, 1), 10, "1000.00", "0");
        newer = f.statement(YearMonth.of(2030, 2), 10, "500.00", "0");
    }

    private Map<String, Object> application(String amount, List<String> nos) {
        Map<String, Object> body = new HashMap<>();
        body.put("invoiceAmount", new BigDecimal(amount));
        body.put("invoiceType", "special");
        body.put("headerName", "测试财务客户" + f.org);
        body.put("tin", "91330106MA2H0TEST1");
        body.put("email", "invoice" + f.org + "@it.example");
        if (nos != null) {
            body.put("statementNoList", nos);
        }
        return body;
    }

    private long latestInvoice() {
        return jdbc.queryForObject("select max(id) from invoice where organization_id = ?", Long.class, f.org);
    }

    private long notices(long invoiceId) {
        return jdbc.queryForObject("select count(*) from outbox_event where topic = 'notify-command' and "
                + "event_type = 'SendNotice' and aggregate_id = ?", Long.class, String.valueOf(invoiceId));
    }

    @Test
    void confirmedStatementsAreInvoicedOldestFirstThenAuditedFinishedAndMailed() {
        // not confirmed yet: nothing invoiceable, naming one is refused
        JsonNode early = customer().post("/mt/beeback/billStatement/applyInvoice", application("100", null));
        assertThat(early.path("code").asInt()).isEqualTo(40931);
        JsonNode named = customer().post("/mt/beeback/billStatement/applyInvoice",
                application("100", List.of(f.no(older))));
        assertThat(named.path("code").asInt()).isEqualTo(40932);

        JsonNode confirm = customer().post("/mt/beeback/billStatement/confirm", Map.of());
        assertThat(confirm.path("code").asInt()).isZero();

        JsonNode calc = customer().post("/mt/beeback/billStatement/invoiceCalculate", Map.of());
        assertThat(calc.path("data").path("notInvoicedAmountSum").decimalValue()).isEqualByComparingTo("1500");
        assertThat(calc.path("data").path("statementDetails")).hasSize(2);

        // above the invoiceable amount: refused, nothing written
        JsonNode above = customer().post("/mt/beeback/billStatement/applyInvoice", application("1500.01", null));
        assertThat(above.path("code").asInt()).isEqualTo(40930);
        assertThat(jdbc.queryForObject("select count(*) from invoice where organization_id = ?", Long.class, f.org))
                .isZero();

        JsonNode applied = customer().post("/mt/beeback/billStatement/applyInvoice", application("1200", null));
        assertThat(applied.path("code").asInt()).isZero();
        long id = latestInvoice();
        JsonNode detail = customer().post("/mt/beeback/billStatement/invoiceDetail", Map.of("id", id));
        assertThat(detail.path("data").path("state").asInt()).isZero();
        JsonNode parts = detail.path("data").path("statementList");
        assertThat(parts).hasSize(2);
        assertThat(parts.get(0).path("statementNo").asText()).isEqualTo(f.no(older));
        assertThat(parts.get(0).path("invoiceAmount").decimalValue()).isEqualByComparingTo("1000");
        assertThat(parts.get(1).path("invoiceAmount").decimalValue()).isEqualByComparingTo("200");
        // the reservation counts: only 300 left, a second application of 301 is refused
        assertThat(customer().post("/mt/beeback/billStatement/applyInvoice", application("300.01", null))
                .path("code").asInt()).isEqualTo(40930);
        // the header is kept for the customer's user
        JsonNode headers = finance().post("/mt/crm/customer/invoiceHeader/list", Map.of("userId", f.user));
        assertThat(headers.path("data")).hasSize(1);
        assertThat(headers.path("data").get(0).path("tin").asText()).isEqualTo("91330106MA2H0TEST1");

        // mailing before it is issued is refused; finishing before the audit too
        assertThat(customer().post("/mt/beeback/billStatement/sendInvoiceEmail",
                Map.of("id", id, "email", "a@it.example")).path("code").asInt()).isEqualTo(40934);
        assertThat(finance().post("/mt/crm/bill/invoice/finish", Map.of("id", id, "invoiceUrl",
                "https://files.it.example/inv.pdf")).path("code").asInt()).isEqualTo(40933);

        assertThat(finance().post("/mt/crm/bill/invoice/audit", Map.of("id", id, "auditType", "pass"))
                .path("code").asInt()).isZero();
        assertThat(finance().post("/mt/crm/bill/invoice/detail", Map.of("id", id)).path("data").path("state").asInt())
                .isEqualTo(10);
        assertThat(f.statementRow(older).get("invoiced_amount")).isEqualTo(new BigDecimal("0.00"));

        // sales01 maintains the customer and finishes it with the file
        assertThat(sales(2).post("/mt/sales/finance/invoice/finish", Map.of("id", id, "invoiceUrl",
                "https://files.it.example/inv" + id + ".pdf")).path("code").asInt()).isZero();
        JsonNode done = customer().post("/mt/beeback/billStatement/invoiceDetail", Map.of("id", id));
        assertThat(done.path("data").path("state").asInt()).isEqualTo(20);
        assertThat(done.path("data").path("invoiceUrl").asText()).endsWith("inv" + id + ".pdf");
        assertThat(done.path("data").path("invoiceTime").isNull()).isFalse();
        assertThat((BigDecimal) f.statementRow(older).get("invoiced_amount")).isEqualByComparingTo("1000");
        assertThat(f.statementRow(older).get("invoice_state")).isEqualTo(20);
        assertThat((BigDecimal) f.statementRow(newer).get("invoiced_amount")).isEqualByComparingTo("200");
        assertThat(f.statementRow(newer).get("invoice_state")).isEqualTo(10);
        assertThat((BigDecimal) f.statementRow(newer).get("invoicing_amount")).isZero();
        assertThat(notices(id)).isEqualTo(1);

        // retries are harmless, other transitions refused
        assertThat(finance().post("/mt/crm/bill/invoice/finish", Map.of("id", id, "invoiceUrl",
                "https://files.it.example/again.pdf")).path("code").asInt()).isZero();
        assertThat(finance().post("/mt/crm/bill/invoice/audit", Map.of("id", id, "auditType", "pass"))
                .path("code").asInt()).isZero();
        assertThat(finance().post("/mt/crm/bill/invoice/audit", Map.of("id", id, "auditType", "reject",
                "rejectReason", "x")).path("code").asInt()).isEqualTo(40933);
        assertThat((BigDecimal) f.statementRow(older).get("invoiced_amount")).isEqualByComparingTo("1000");
        assertThat(notices(id)).isEqualTo(1);

        // mailed on request: one more SendNotice e-mail with the invoice file attached
        assertThat(customer().post("/mt/beeback/billStatement/sendInvoiceEmail",
                Map.of("id", id, "email", "boss" + f.org + "@it.example")).path("code").asInt()).isZero();
        assertThat(notices(id)).isEqualTo(2);
        Map<String, Object> mail = jdbc.queryForMap("select payload::text payload from outbox_event where topic = "
                + "'notify-command' and aggregate_id = ? order by occurred_at desc, event_id limit 1", String.valueOf(id));
        assertThat(mail.get("payload").toString()).contains("\"channel\": \"email\"").contains("boss" + f.org)
                .contains("inv" + id + ".pdf");
    }

    @Test
    void aRejectedInvoiceReleasesItsStatementsAndNeedsAReason() {
        customer().post("/mt/beeback/billStatement/confirm", Map.of());
        // ops create one already approved: 10 开票中
        assertThat(finance().post("/mt/crm/bill/invoice/add", withDept(application("400", List.of(f.no(newer)))))
                .path("code").asInt()).isZero();
        long opsInvoice = latestInvoice();
        assertThat(finance().post("/mt/crm/bill/invoice/detail", Map.of("id", opsInvoice)).path("data").path("state")
                .asInt()).isEqualTo(10);
        // a salesman's application waits for the audit
        assertThat(sales(2).post("/mt/sales/finance/invoice/add", withDept(application("1000", null)))
                .path("code").asInt()).isZero();
        long salesInvoice = latestInvoice();
        JsonNode calc = finance().post("/mt/crm/bill/invoice/calculate", Map.of("deptId", f.dept));
        assertThat(calc.path("data").path("notInvoicedAmountSum").decimalValue()).isEqualByComparingTo("100");

        assertThat(finance().post("/mt/crm/bill/invoice/audit", Map.of("id", salesInvoice, "auditType", "reject"))
                .path("code").asInt()).isEqualTo(40030);
        assertThat(finance().post("/mt/crm/bill/invoice/audit", Map.of("id", salesInvoice, "auditType", "reject",
                "rejectReason", "税号有误")).path("code").asInt()).isZero();
        JsonNode rejected = finance().post("/mt/crm/bill/invoice/detail", Map.of("id", salesInvoice));
        assertThat(rejected.path("data").path("state").asInt()).isEqualTo(-10);
        assertThat(finance().post("/mt/crm/bill/invoice/calculate", Map.of("deptId", f.dept)).path("data")
                .path("notInvoicedAmountSum").decimalValue()).isEqualByComparingTo("1100");
        // rejected is final
        assertThat(finance().post("/mt/crm/bill/invoice/audit", Map.of("id", salesInvoice, "auditType", "pass"))
                .path("code").asInt()).isEqualTo(40933);
        // an ops invoice with the file is issued at once
        assertThat(finance().post("/mt/crm/bill/invoice/add", withDept(Map.of("invoiceAmount", 100,
                "invoiceType", "normal", "headerName", "测试", "tin", "91330106MA2H0TEST1", "email", "x@it.example",
                "invoiceUrl", "https://files.it.example/direct.pdf"))).path("code").asInt()).isZero();
        long direct = latestInvoice();
        assertThat(finance().post("/mt/crm/bill/invoice/detail", Map.of("id", direct)).path("data").path("state")
                .asInt()).isEqualTo(20);
        assertThat(notices(direct)).isEqualTo(1);
    }

    private Map<String, Object> withDept(Map<String, Object> body) {
        Map<String, Object> m = new HashMap<>(body);
        m.put("deptId", f.dept);
        return m;
    }
}
