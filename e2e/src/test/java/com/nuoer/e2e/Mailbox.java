package com.nuoer.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.locks.LockSupport;

/** The suite's mail server read over POP3 (any password), as a mail client of the flows' receivers would. */
public final class Mailbox {

    private Mailbox() {
    }

    /** Subject + text body of every message for {@code address}, once there is at least one (≤ 60 s). */
    public static List<String> await(Suite suite, String address) throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        while (true) {
            List<String> mails = read(suite, address);
            if (!mails.isEmpty()) {
                return mails;
            }
            assertThat(System.currentTimeMillis()).as("a mail for " + address).isLessThan(deadline);
            LockSupport.parkNanos(1_000_000_000L);
        }
    }

    /** Subject + "\n" + text body (empty for multipart) of every message for {@code address} now. */
    public static List<String> read(Suite suite, String address) throws Exception {
        Properties props = new Properties();
        props.put("mail.pop3.host", "127.0.0.1");
        props.put("mail.pop3.port", Integer.toString(suite.pop3Port()));
        Store store = Session.getInstance(props).getStore("pop3");
        store.connect(address, "any");
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            List<String> mails = new ArrayList<>();
            for (Message message : inbox.getMessages()) {
                Object content = message.getContent();
                mails.add(message.getSubject() + "\n" + (content instanceof String text ? text : ""));
            }
            inbox.close(false);
            return mails;
        } finally {
            store.close();
        }
    }
}
