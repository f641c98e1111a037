package com.nuoer.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Flow F6 steps 5–7 across svc-billing and svc-customer through the gateway (issue 8): ops recheck the demo
 * customer's open statement, render its attachment (served on the public signed-file route) and send it; the mail
 * command travels billing → notify-command → svc-customer's notification centre → SMTP, and the receiver finds it
 * in the suite's mail server (POP3); the customer confirms the statement and ops archive it; archiving again, or
 * invalidating an archived statement, is refused.
 */
@ExtendWith(SuiteExtension.class)
class StatementMailFlowIT {

    private static final long BILL_ID = 9001; // demo statement BSDEMO9001 of dept 1, last month, state 0
    private static final String STATEMENT_NO = "BSDEMO9001";
    private static final String RECEIVER = "finance@demo-tech.example";

    private static Gateway gateway;
    private static Suite suite;

    @BeforeAll
    static void connect(Suite running) {
        suite = running;
        gateway = new Gateway(running);
    }

    @Test
    void recheckedStatementIsMailedConfirmedAndArchived() throws Exception {
        String crm = gateway.login("crm");
        String customer = gateway.login("beeback");

        assertThat(gateway.post("/mt/crm/bill/recheck", crm, Map.of("billId", BILL_ID)).code()).isZero();
        Gateway.Answer attachment = gateway.post("/mt/crm/bill/gainAttachment", crm,
                Map.of("billId", BILL_ID, "rebuildForce", true));
        assertThat(attachment.code()).as(attachment.body().toString()).isZero();
        URI pdf = URI.create(attachment.data().asText());
        HttpResponse<String> file = gateway.getText(pdf.getRawPath() + (pdf.getRawQuery() == null ? ""
                : "?" + pdf.getRawQuery()));
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.body()).startsWith("%PDF-");

        Gateway.Answer sent = gateway.post("/mt/crm/bill/resend", crm, Map.of("billId", BILL_ID,
                "receiverList", List.of(RECEIVER), "ccList", List.of(), "attachmentUrl", pdf.toString()));
        assertThat(sent.code()).as(sent.body().toString()).isZero();

        List<String> mails = Mailbox.await(suite, RECEIVER);
        assertThat(mails).anySatisfy(mail -> assertThat(mail).contains(STATEMENT_NO));

        Gateway.Answer confirmed = gateway.post("/mt/beeback/billStatement/confirm", customer,
                Map.of("statementNoList", List.of(STATEMENT_NO)));
        assertThat(confirmed.code()).as(confirmed.body().toString()).isZero();
        assertThat(gateway.post("/mt/crm/bill/archive", crm, Map.of("ids", List.of(BILL_ID))).code()).isZero();
        Gateway.Answer detail = gateway.post("/mt/crm/bill/detail", crm, Map.of("deptId", 1, "statementNo", STATEMENT_NO));
        assertThat(detail.data().path("state").asInt()).as(detail.body().toString()).isEqualTo(30);

        Gateway.Answer illegal = gateway.post("/mt/crm/bill/invalidate", crm, Map.of("ids", List.of(BILL_ID)));
        assertThat(illegal.status()).isEqualTo(409);
        assertThat(illegal.code()).isEqualTo(40921);
    }
}
