package com.nuoer.billing.payment;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PaymentRepository extends JpaRepository<Payment, Long> {

    /**
     * Native {@code select ... for update}: the statement runs inside the Seata AT global payment audit too, whose
     * SQL parser does not accept Hibernate's PostgreSQL lock clause {@code for no key update}.
     */
    @Query(value = "select * from payment where payment_no = ?1 for update", nativeQuery = true)
    Optional<Payment> lockByPaymentNo(String paymentNo);
}
