package com.nuoer.customer.iam.sys;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TempWhiteIpRepository extends JpaRepository<TempWhiteIp, Long> {

    Optional<TempWhiteIp> findByIp(String ip);
}
