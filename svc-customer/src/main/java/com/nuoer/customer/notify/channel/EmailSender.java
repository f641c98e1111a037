package com.nuoer.customer.notify.channel;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/** E-mail through Spring Mail (SMTP from {@code spring.mail.*}); failures are answered, not thrown. */
@Component
public class EmailSender {

    private final ObjectProvider<JavaMailSender> mailSender;
    private final String from;

    public EmailSender(ObjectProvider<JavaMailSender> mailSender,
                       @Value("${nuoer.notify.mail.from:noreply@nuoer.example}") String from) {
        this.mailSender = mailSender;
        this.from = from;
    }

    public long datasourceId() {
        return 2L;
    }

    public String datasourceName() {
        return "SMTP邮件";
    }

    public Delivery send(OutgoingMessage message) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return Delivery.failed("no SMTP server configured (spring.mail.host)", 0);
        }
        try {
            MimeMessage mime = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(mime, "UTF-8");
            helper.setFrom(from);
            helper.setTo(message.to().toArray(String[]::new));
            if (message.cc() != null && !message.cc().isEmpty()) {
                helper.setCc(message.cc().toArray(String[]::new));
            }
            helper.setSubject(message.subject() == null ? "" : message.subject());
            helper.setText(message.content() == null ? "" : message.content(), message.html());
            sender.send(mime);
            String id = mime.getMessageID();
            return Delivery.sent(id, 1);
        } catch (MessagingException | MailException e) {
            return Delivery.failed(shortReason(e), 1);
        }
    }

    private static String shortReason(Exception e) {
        String reason = e.getClass().getSimpleName() + ": " + e.getMessage();
        return reason.length() > 500 ? reason.substring(0, 500) : reason;
    }
}
