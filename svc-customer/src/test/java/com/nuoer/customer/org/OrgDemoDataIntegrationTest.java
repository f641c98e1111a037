package com.nuoer.customer.org;

import static org.assertj.core.api.Assertions.assertThat;

import com.nuoer.testsupport.IntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/** V20 ran and the organisation part's demo data (R__demo_data_org.sql) can run again without changing anything. */
@IntegrationTest
class OrgDemoDataIntegrationTest {

    private static final List<String> TABLES = List.of("register_apply", "auth_record", "marketing_customer",
            "marketing_subscription");

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;

    private Map<String, Long> counts() {
        return TABLES.stream().collect(Collectors.toMap(t -> t,
                t -> jdbc.queryForObject("select count(*) from " + t, Long.class)));
    }

    @Test
    void demoDataIsRepeatable() {
        new ResourceDatabasePopulator(new ClassPathResource("db/demo/R__demo_data_org.sql")).execute(dataSource);
        Map<String, Long> before = counts();
        new ResourceDatabasePopulator(new ClassPathResource("db/demo/R__demo_data_org.sql")).execute(dataSource);
        assertThat(counts()).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from salesman_view where user_id = 202", Integer.class))
                .isEqualTo(1);
    }
}
