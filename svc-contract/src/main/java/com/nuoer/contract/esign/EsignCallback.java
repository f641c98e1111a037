package com.nuoer.contract.esign;

import java.time.LocalDateTime;

/**
 * The body of an e-sign callback ({@code POST /esign/callback/{provider}}). {@code eventId} is unique per outcome:
 * a redelivered callback carries the same id and takes effect once.
 *
 * @param action {@link #SIGNED} or {@link #REJECTED}
 */
public record EsignCallback(String eventId, String flowId, String contractNo, String action, String reason,
                            LocalDateTime occurredAt) {

    public static final String SIGNED = "SIGNED";
    public static final String REJECTED = "REJECTED";
}
