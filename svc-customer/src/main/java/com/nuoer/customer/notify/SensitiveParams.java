package com.nuoer.customer.notify;

import java.util.Map;

/**
 * Template parameters too sensitive to travel in a command (a developer account's appSecret): resolved inside
 * svc-customer at rendering time, delivered to the receiver only, and masked in the MessageRecord and in copies.
 */
public interface SensitiveParams {

    boolean supports(String templateCode);

    /** The sensitive parameters for a command's (non-sensitive) parameters; empty when none apply. */
    Map<String, String> resolve(Map<String, String> params);
}
