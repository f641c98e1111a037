package com.nuoer.wallet.recharge;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PayOrderRepository extends JpaRepository<PayOrder, Long> {

    Optional<PayOrder> findByPayNo(String payNo);
}
