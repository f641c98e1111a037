package com.nuoer.billing.statement;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StatementRepository extends JpaRepository<Statement, Long> {

    Optional<Statement> findByDeptIdAndBillDate(Long deptId, String billDate);

    Optional<Statement> findByStatementNo(String statementNo);

    List<Statement> findByOrganizationIdAndStateAndDeletedFalse(Long organizationId, int state);
}
