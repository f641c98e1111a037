package com.nuoer.customer.iam.menu;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PageMenuRepository extends JpaRepository<PageMenu, Long> {

    List<PageMenu> findByAppcodeAndDeletedFalseOrderBySortAscIdAsc(String appcode);

    List<PageMenu> findByAppcodeAndPidAndDeletedFalse(String appcode, long pid);

    boolean existsByPidAndDeletedFalse(long pid);

    /** Ids of the menus the given roles grant (live roles only). */
    @Query(value = """
            select distinct rm.page_menu_id from role_menu rm join role r on r.id = rm.role_id and not r.deleted
            where r.id in (:roleIds)""", nativeQuery = true)
    List<Long> findGrantedMenuIds(@Param("roleIds") List<Long> roleIds);

    @Modifying
    @Query(value = "delete from role_menu where page_menu_id = :menuId", nativeQuery = true)
    int deleteGrants(@Param("menuId") long menuId);
}
