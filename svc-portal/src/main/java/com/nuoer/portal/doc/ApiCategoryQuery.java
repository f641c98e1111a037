package com.nuoer.portal.doc;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The category tree ({@code api_category}): top level rows have no parent. */
@Repository
public class ApiCategoryQuery {

    public record Category(String code, String name, String parentCode) {
    }

    private final JdbcTemplate jdbc;

    public ApiCategoryQuery(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<Category> all() {
        return jdbc.query("select code, name, parent_code from api_category order by parent_code nulls first, sort, code",
                (rs, i) -> new Category(rs.getString(1), rs.getString(2), rs.getString(3)));
    }

    public Map<String, String> names() {
        Map<String, String> names = new LinkedHashMap<>();
        all().forEach(c -> names.put(c.code(), c.name()));
        return names;
    }
}
