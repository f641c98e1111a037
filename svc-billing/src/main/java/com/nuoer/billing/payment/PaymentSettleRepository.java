package com.nuoer.billing.payment;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PaymentSettleRepository extends JpaRepository<PaymentSettle, Long> {
}
