package com.nuoer.billing.invoice;

import com.nuoer.billing.statement.Statement;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Statements loaded with a row lock, oldest billDate first: invoice allocation and payment settlement change their
 * amounts, and two concurrent commands must not both take the same invoiceable / receivable amount.
 */
public interface LockedStatements extends Repository<Statement, Long> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from Statement s where s.id in ?1 order by s.billDate, s.id")
    List<Statement> lockByIds(Collection<Long> ids);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from Statement s where s.deptId = ?1 and s.deleted = false and s.state >= 20 order by s.billDate, s.id")
    List<Statement> lockInvoiceableOfDept(Long deptId);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from Statement s where s.organizationId = ?1 and s.deleted = false and s.state >= 20 order by s.billDate, s.id")
    List<Statement> lockInvoiceableOfOrganization(Long organizationId);

    /** Native {@code for update}: runs inside the Seata AT payment audit, whose parser refuses {@code for no key update}. */
    @Query(value = """
            select * from bill_statement where organization_id = ?1 and not deleted and state in (10, 20, 30)
            order by bill_date, id for update""", nativeQuery = true)
    List<Statement> lockSentOfOrganization(Long organizationId);

    Statement save(Statement s);
}
