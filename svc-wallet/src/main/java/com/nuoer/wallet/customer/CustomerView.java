package com.nuoer.wallet.customer;

/** svc-wallet's copy of a customer organisation (names, salesman), fed by customer-event. */
public record CustomerView(Long organizationId, Long merchantId, Long userId, String name, String mobile,
                           String email, Long assistantId, Integer state, boolean deleted) {
}
