package com.nuoer.customer.iam;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface RoleRepository extends JpaRepository<Role, Long> {

    List<Role> findByIdInAndMerchantIdAndDeletedFalse(Collection<Long> ids, long merchantId);

    boolean existsByMerchantIdAndAppcodeAndNameAndDeletedFalseAndIdNot(long merchantId, String appcode, String name,
                                                                       Long id);

    boolean existsByMerchantIdAndAppcodeAndNameAndDeletedFalse(long merchantId, String appcode, String name);

    /** Active staff holding the role. */
    @Query(value = """
            select count(*) from staff_role sr join staff s on s.id = sr.staff_id
            where sr.role_id = :roleId and s.state = 10""", nativeQuery = true)
    long countActiveHolders(@Param("roleId") long roleId);
}
