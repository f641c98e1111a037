package com.nuoer.infra;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * A local mail server for a run of the suite (GreenMail): SMTP where svc-customer's notification centre sends
 * (statement mails, invoices, developer info), and a POP3 mailbox per recipient to read them back — login = the
 * recipient address, any password. Bound to 127.0.0.1, messages in memory only. Nothing leaves the machine.
 */
public final class MailEngine implements AutoCloseable {

    private final GreenMail server;
    private final int smtpPort;
    private final int pop3Port;

    private MailEngine(GreenMail server, int smtpPort, int pop3Port) {
        this.server = server;
        this.smtpPort = smtpPort;
        this.pop3Port = pop3Port;
    }

    public static MailEngine start(int smtpPort, int pop3Port) {
        GreenMail server = new GreenMail(new ServerSetup[] {
                new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(pop3Port, "127.0.0.1", ServerSetup.PROTOCOL_POP3)})
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        server.start();
        return new MailEngine(server, smtpPort, pop3Port);
    }

    public int smtpPort() {
        return smtpPort;
    }

    public int pop3Port() {
        return pop3Port;
    }

    @Override
    public void close() {
        server.stop();
    }
}
