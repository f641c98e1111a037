package com.nuoer.customer.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.nuoer.common.messaging.EventEnvelope;
import com.nuoer.common.messaging.EventTypes;
import com.nuoer.common.messaging.Topics;
import com.nuoer.common.messaging.events.SendNotice;
import com.nuoer.common.session.IdentityHeaders;
import com.nuoer.customer.developer.Caller;
import com.nuoer.customer.notify.channel.OutgoingMessage;
import com.nuoer.customer.notify.channel.SandboxSmsProvider;
import com.nuoer.testsupport.IntegrationTest;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.rocketmq.common.message.MessageExt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The notify-command consumer: e-mail through SMTP (GreenMail) exactly once per command however often it is
 * delivered, SMS recorded by the sandbox provider, every message listed by smsRecordList.
 *
 * <p>The shared test context's mail sender is pointed at this class's GreenMail for the duration of each test and
 * restored afterwards, so no extra Spring context is needed.
 */
@IntegrationTest
class NotifyIntegrationTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @Autowired
    NotifyCommandListener listener;
    @Autowired
    SandboxSmsProvider sandbox;
    @Autowired
    JavaMailSenderImpl mailSender;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestRestTemplate http;
    @Autowired
    IdentityHeaders signer;

    private String host;
    private int port;

    @BeforeEach
    void pointMailAtGreenMail() {
        host = mailSender.getHost();
        port = mailSender.getPort();
        mailSender.setHost("127.0.0.1");
        mailSender.setPort(greenMail.getSmtp().getPort());
    }

    @AfterEach
    void restoreMail() {
        mailSender.setHost(host);
        mailSender.setPort(port);
    }

    private MessageExt message(String eventId, SendNotice notice) throws Exception {
        EventEnvelope envelope = new EventEnvelope(eventId, EventTypes.SEND_NOTICE, LocalDateTime.now(), "1",
                UUID.randomUUID().toString().replace("-", ""), json.valueToTree(notice));
        MessageExt m = new MessageExt();
        m.setTopic(Topics.NOTIFY_COMMAND);
        m.setTags(EventTypes.SEND_NOTICE);
        m.setMsgId(eventId);
        m.setBody(json.writeValueAsBytes(envelope));
        return m;
    }

    private long records(String bizKey) {
        return jdbc.queryForObject("select count(*) from message_record where biz_key = ?", Long.class, bizKey);
    }

    @Test
    void anEmailCommandDeliveredTwiceIsSentOnce() throws Exception {
        String bizKey = "it-bill-mail:" + UUID.randomUUID();
        SendNotice notice = new SendNotice(SendNotice.EMAIL, "finance@demo-tech.example",
                List.of("cfo@demo-tech.example"), "BILL_MAIL",
                Map.of("organizationName", "杭州演示科技有限公司", "billDate", "2025-10", "statementNo", "S202510001",
                        "amount", "12800.00"),
                null, null, null, 3L, "beeback", bizKey);
        MessageExt first = message(UUID.randomUUID().toString(), notice);

        listener.onMessage(first);
        listener.onMessage(first);                                              // redelivery of the same event
        listener.onMessage(message(UUID.randomUUID().toString(), notice));       // same command published twice

        assertThat(greenMail.waitForIncomingEmail(5_000, 2)).isTrue();
        Thread.sleep(300);
        MimeMessage[] received = greenMail.getReceivedMessages();
        assertThat(received).hasSize(2);                                        // to + cc of ONE message
        assertThat(received[0].getSubject()).isEqualTo("诺尔数据2025-10月度对账单");
        assertThat(received[0].getContent().toString()).contains("S202510001").contains("12800.00");
        assertThat(records(bizKey)).isEqualTo(1);
        Map<String, Object> record = jdbc.queryForMap(
                "select state, sms_method, receiver, cc, datasource_name, error from message_record where biz_key = ?",
                bizKey);
        assertThat(record.get("state")).isEqualTo(1);
        assertThat(record.get("sms_method")).isEqualTo("email");
        assertThat(record.get("receiver")).isEqualTo("finance@demo-tech.example");
        assertThat(record.get("cc")).isEqualTo("cfo@demo-tech.example");
        assertThat(record.get("error")).isNull();
    }

    @Test
    void anSmsIsRecordedBySandboxAndListedBySmsRecordList() throws Exception {
        String bizKey = "it-verify:" + UUID.randomUUID();
        String code = String.valueOf(100000 + (int) (Math.random() * 899999));
        SendNotice notice = new SendNotice(SendNotice.SMS, "13900000077", List.of(), "VERIFY_CODE",
                Map.of("code", code, "minutes", "5"), null, null, null, 3L, "beeback", bizKey);

        listener.onMessage(message(UUID.randomUUID().toString(), notice));

        List<OutgoingMessage> sent = sandbox.sent().stream().filter(m -> m.content().contains(code)).toList();
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).to()).containsExactly("13900000077");
        assertThat(sent.get(0).content()).isEqualTo("您的验证码为" + code + "，5分钟内有效，请勿告诉他人。");
        assertThat(sent.get(0).providerTemplateCode()).isEqualTo("SMS_VERIFY_01");

        JsonNode list = Caller.crm(List.of("admin"), List.of(), http, json, signer).post("/mt/crm/sys/smsRecordList",
                Map.of("pageNo", 1, "pageSize", 10, "keyword", "13900000077", "smsMethod", "sms",
                        "templateCode", "VERIFY_CODE"));
        assertThat(list.path("code").asInt()).as(list.toString()).isZero();
        JsonNode row = list.path("data").path("results").get(0);
        assertThat(row.path("receiver").asText()).isEqualTo("13900000077");
        assertThat(row.path("content").asText()).contains(code);
        assertThat(row.path("datasourceName").asText()).isEqualTo("短信沙箱");
        assertThat(row.path("thirdId").asText()).startsWith("sandbox-");
        assertThat(row.path("customName").asText()).isEqualTo("杭州演示科技有限公司");
        assertThat(list.path("data").path("total").asLong()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void aFailingSmtpServerIsRecordedAsAFailedMessage() throws Exception {
        mailSender.setPort(1);                                                  // nothing listens there
        String bizKey = "it-fail:" + UUID.randomUUID();
        listener.onMessage(message(UUID.randomUUID().toString(), new SendNotice(SendNotice.EMAIL,
                "nobody@demo-tech.example", List.of(), null, null, "主题", "正文", null, 3L, "beeback", bizKey)));
        Map<String, Object> record = jdbc.queryForMap("select state, error from message_record where biz_key = ?",
                bizKey);
        assertThat(record.get("state")).isEqualTo(-1);
        assertThat(record.get("error").toString()).isNotBlank();
    }

    @Test
    void templatesAreListedWithTheirFillConfigs() {
        JsonNode list = Caller.crm(List.of("admin"), List.of(), http, json, signer)
                .post("/mt/crm/sys/smsTemplateList", Map.of());
        assertThat(list.path("code").asInt()).isZero();
        List<String> codes = list.path("data").findValuesAsText("code");
        assertThat(codes).contains("DEVELOPER_INFO", "VERIFY_CODE", "WALLET_LOW_BALANCE", "API_ERROR_ALERT",
                "BILL_MAIL", "CONTRACT_SIGN_LINK");
        JsonNode refused = Caller.crm(List.of("ops"), List.of("crm:customer"), http, json, signer)
                .post("/mt/crm/sys/smsTemplateList", Map.of());
        assertThat(refused.path("code").asInt()).isEqualTo(40300);
    }
}
