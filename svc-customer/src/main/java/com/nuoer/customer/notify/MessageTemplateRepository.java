package com.nuoer.customer.notify;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MessageTemplateRepository extends JpaRepository<MessageTemplate, Long> {

    Optional<MessageTemplate> findByCode(String code);

    List<MessageTemplate> findAllByOrderByIdAsc();
}
