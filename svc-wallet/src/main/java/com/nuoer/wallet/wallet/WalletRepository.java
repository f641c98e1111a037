package com.nuoer.wallet.wallet;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface WalletRepository extends JpaRepository<Wallet, Long> {

    List<Wallet> findByOrganizationIdOrderByIsDefaultDescIdAsc(Long organizationId);

    List<Wallet> findByMerchantIdOrderByIsDefaultDescIdAsc(Long merchantId);

    Optional<Wallet> findFirstByOrganizationIdAndIsDefaultTrue(Long organizationId);

    Optional<Wallet> findFirstByMerchantIdAndIsDefaultTrue(Long merchantId);
}
