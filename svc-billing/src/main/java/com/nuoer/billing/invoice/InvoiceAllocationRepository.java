package com.nuoer.billing.invoice;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface InvoiceAllocationRepository extends JpaRepository<InvoiceAllocation, Long> {

    List<InvoiceAllocation> findByInvoiceIdOrderByIdAsc(Long invoiceId);
}
