package com.nuoer.common.messaging;

import java.util.List;

/** RocketMQ topics (domain.md §5.9): one per producing service, plus the notification command topic. */
public final class Topics {

    public static final String CUSTOMER_EVENT = "customer-event";
    public static final String APICALL_EVENT = "apicall-event";
    public static final String BILLING_EVENT = "billing-event";
    public static final String WALLET_EVENT = "wallet-event";
    public static final String SALES_EVENT = "sales-event";
    public static final String CONTRACT_EVENT = "contract-event";
    public static final String NOTIFY_COMMAND = "notify-command";

    public static final List<String> ALL = List.of(CUSTOMER_EVENT, APICALL_EVENT, BILLING_EVENT, WALLET_EVENT,
            SALES_EVENT, CONTRACT_EVENT, NOTIFY_COMMAND);

    /**
     * The topic a service publishes on: {@code svc-wallet} → {@code wallet-event} (audit entries travel on their
     * producer's own topic, so no extra topic has to be provisioned); null when the service has no topic.
     */
    public static String ofService(String serviceName) {
        if (serviceName == null) {
            return null;
        }
        String topic = serviceName.replaceFirst("^svc-", "") + "-event";
        return ALL.contains(topic) ? topic : null;
    }

    private Topics() {
    }
}
