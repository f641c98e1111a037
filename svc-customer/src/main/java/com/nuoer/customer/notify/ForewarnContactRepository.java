package com.nuoer.customer.notify;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ForewarnContactRepository extends JpaRepository<ForewarnContact, Long> {

    List<ForewarnContact> findByOrganizationIdAndDeletedFalseOrderByIdAsc(Long organizationId);

    List<ForewarnContact> findByOrganizationIdAndIdInAndDeletedFalseOrderByIdAsc(Long organizationId,
                                                                                 Collection<Long> ids);
}
