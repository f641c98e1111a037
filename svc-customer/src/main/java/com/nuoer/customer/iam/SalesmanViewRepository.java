package com.nuoer.customer.iam;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SalesmanViewRepository extends JpaRepository<SalesmanView, Long> {
}
