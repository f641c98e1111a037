package com.nuoer.apicall.projection;

/** Copy of a customer organisation: state (F15 blocking), customerType (trial gating), assistantId (sales scope). */
public record CustomerView(Long organizationId, Long merchantId, Long userId, String organizationName, Integer state,
                           Integer customerType, Long assistantId, boolean deleted, long version) {

    public boolean disabled() {
        return deleted || (state != null && state == -1);
    }
}
