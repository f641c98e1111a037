package com.nuoer.portal.doc;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ApiDocRepository extends JpaRepository<ApiDoc, Long> {

    Optional<ApiDoc> findByCheckItem(String checkItem);

    /** Visible docs, optionally of one category (top level or subcategory), keyword over product name and code. */
    @Query("""
            select d from ApiDoc d
            where d.itemState <> -1
              and (:category is null or d.categoryCode = :category or d.subcategoryCode = :category)
              and (:keyword is null or lower(d.apiName) like :keyword or lower(d.checkItemName) like :keyword
                   or lower(d.checkItem) like :keyword)
            order by d.categoryCode, d.subcategoryCode, d.id
            """)
    List<ApiDoc> search(@Param("category") String category, @Param("keyword") String keywordPattern);

    @Query("select d from ApiDoc d where d.itemState <> -1 order by d.id")
    List<ApiDoc> findVisible();
}
