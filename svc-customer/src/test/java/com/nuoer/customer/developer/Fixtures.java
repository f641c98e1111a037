package com.nuoer.customer.developer;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.JdbcTemplate;

/** Fresh customers of their own for tests (never the demo rows, so tests can run in any order and again). */
public final class Fixtures {

    private Fixtures() {
    }

    public record Customer(Long userId, Long organizationId) {
    }

    /** A new beeback user owning a new organisation maintained by {@code assistantId} (may be null). */
    public static Customer newCustomer(JdbcTemplate jdbc, String name, Long assistantId) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Long userId = jdbc.queryForObject("""
                insert into user_account (username, password_hash, nickname, mobile, state, auth_type, source_appcode)
                values (?, 'x', ?, '13700000000', 10, 0, 'beeback') returning id""", Long.class,
                "it_" + suffix, name);
        jdbc.update("insert into user_app (user_id, appcode) values (?, 'beeback')", userId);
        Long orgId = jdbc.queryForObject("""
                insert into organization (merchant_id, organization_name, state, owner_user_id, customer_type,
                                          assistant_id)
                values (?, ?, 10, ?, 20, ?) returning id""", Long.class,
                ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000L), name + suffix, userId,
                assistantId);
        return new Customer(userId, orgId);
    }
}
