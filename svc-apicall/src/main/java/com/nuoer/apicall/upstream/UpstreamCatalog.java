package com.nuoer.apicall.upstream;

import com.nuoer.apicall.projection.TtlCache;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The live upstream configurations of a product, by priority (read from the catalogue's tables, cached briefly). */
@Component
public class UpstreamCatalog {

    private final JdbcTemplate jdbc;
    private final TtlCache<String, List<UpstreamRoute>> byProduct;

    public UpstreamCatalog(JdbcTemplate jdbc, @Value("${nuoer.apicall.catalog-cache-millis:5000}") long ttl) {
        this.jdbc = jdbc;
        this.byProduct = new TtlCache<>(ttl);
    }

    public List<UpstreamRoute> routes(String checkItem) {
        return byProduct.get(checkItem, code -> jdbc.query("""
                select u.id, u.check_item, u.data_source_id, d.data_source_code, d.data_source_name, u.priority, u.service,
                       u.req_key, u.req_secret, u.req_url, u.cost, u.extra
                from upstream_config u join data_source d on d.id = u.data_source_id
                where u.check_item = ? and not u.deleted and not d.deleted
                order by u.priority, u.id""",
                (rs, i) -> new UpstreamRoute(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                        rs.getString(5), rs.getInt(6), rs.getString(7), rs.getString(8), rs.getString(9),
                        rs.getString(10), rs.getBigDecimal(11), rs.getString(12)), code));
    }

    public void evictAll() {
        byProduct.clear();
    }
}
