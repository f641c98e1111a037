package com.nuoer.customer.notify.channel;

/**
 * An SMS vendor. The implementation is chosen by {@code nuoer.notify.sms.provider} (default {@code sandbox}); a real
 * vendor is plugged in as another bean conditional on its own value of that property.
 */
public interface SmsProvider {

    /** Data-source id and name recorded on the MessageRecord. */
    long datasourceId();

    String datasourceName();

    Delivery send(OutgoingMessage message);
}
