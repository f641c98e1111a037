package com.nuoer.contract.contract;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ContractTemplateRepository extends JpaRepository<ContractTemplate, String> {

    List<ContractTemplate> findByKindAndEnabledTrueOrderByVersionDesc(String kind);
}
