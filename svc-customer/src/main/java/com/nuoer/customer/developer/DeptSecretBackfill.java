package com.nuoer.customer.developer;

import com.nuoer.customer.org.Dept;
import com.nuoer.customer.org.DeptRepository;
import java.time.Clock;
import java.time.LocalDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Encrypts developer-account secrets still stored in clear (rows from before V30, and the demo data of
 * R__demo_data.sql) at start-up, so every stored secret is in the {@link SecretCipher} form afterwards. Idempotent:
 * already encrypted rows are left alone. No DeptChanged is published: the secret itself did not change.
 */
@Component
public class DeptSecretBackfill implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DeptSecretBackfill.class);

    private final DeptRepository depts;
    private final SecretCipher cipher;
    private final TransactionTemplate tx;
    private final Clock clock;

    public DeptSecretBackfill(DeptRepository depts, SecretCipher cipher, TransactionTemplate tx, Clock clock) {
        this.depts = depts;
        this.cipher = cipher;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        Integer count = tx.execute(status -> {
            int n = 0;
            for (Dept dept : depts.findAll()) {
                if (!SecretCipher.isEncrypted(dept.revealSecret())) {
                    dept.replaceStoredSecret(cipher.encrypt(dept.revealSecret()), LocalDateTime.now(clock));
                    n++;
                }
            }
            return n;
        });
        if (count != null && count > 0) {
            log.info("encrypted {} developer account secret(s) stored in clear", count);
        }
    }
}
