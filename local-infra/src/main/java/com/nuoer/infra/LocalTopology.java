package com.nuoer.infra;

import java.util.List;

/**
 * The databases and RocketMQ topics every local run and every integration test needs.
 *
 * <p>Single source of truth for {@link LocalInfraMain} and test-support's {@code TestEngines}.
 * (To be pointed at common-lib's topic constants later; local-infra deliberately does not depend on common-lib yet.)
 */
public final class LocalTopology {

    /** One PostgreSQL database per service. */
    public static final List<String> DATABASES = List.of(
            "nuoer_portal",
            "nuoer_customer",
            "nuoer_billing",
            "nuoer_wallet",
            "nuoer_apicall",
            "nuoer_sales",
            "nuoer_contract");

    /** RocketMQ topics created up front (so consumers don't wait 20-30 s for auto-creation). */
    public static final List<String> TOPICS = List.of(
            "customer-event",
            "apicall-event",
            "billing-event",
            "wallet-event",
            "sales-event",
            "contract-event",
            "notify-command");

    /** Read/write queues per created topic. */
    public static final int QUEUES_PER_TOPIC = 4;

    private LocalTopology() {
    }
}
