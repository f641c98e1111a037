package com.nuoer.customer;

import static org.assertj.core.api.Assertions.assertThat;

import com.nuoer.testsupport.IntegrationTest;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/** Flyway ran V1/V2 (+ common) and the repeatable demo data, which can run again without changing anything. */
@IntegrationTest
class DemoDataIntegrationTest {

    private static final List<String> TABLES = List.of("user_account", "user_app", "staff", "role", "staff_role",
            "salesman_view", "organization", "dept");

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;

    private Map<String, Long> demoRowCounts() {
        return Map.of(
                "user_account", count("select count(*) from user_account where id < 10000"),
                "user_app", count("select count(*) from user_app where user_id < 10000"),
                "staff", count("select count(*) from staff"),
                "role", count("select count(*) from role"),
                "staff_role", count("select count(*) from staff_role"),
                "salesman_view", count("select count(*) from salesman_view"),
                "organization", count("select count(*) from organization where id < 10000"),
                "dept", count("select count(*) from dept where id < 10000"));
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    @Test
    void migrationsCreatedTheTablesAndTheCommonOnes() {
        for (String table : TABLES) {
            assertThat(count("select count(*) from information_schema.tables where table_name = '" + table + "'"))
                    .as(table).isEqualTo(1);
        }
        assertThat(count("select count(*) from information_schema.tables where table_name = 'outbox_event'"))
                .isEqualTo(1);
    }

    @Test
    void demoDataIsRepeatable() {
        Map<String, Long> before = demoRowCounts();
        assertThat(before.get("user_account")).isGreaterThanOrEqualTo(4);
        assertThat(before.get("dept")).isGreaterThanOrEqualTo(1);
        new ResourceDatabasePopulator(new ClassPathResource("db/demo/R__demo_data.sql")).execute(dataSource);
        assertThat(demoRowCounts()).isEqualTo(before);
    }

    @Test
    void eachDemoUserIsEnabledOnlyForItsOwnApp() {
        // the login part's demo users (ids < 1000); other parts' demo files use their own id ranges
        assertThat(jdbc.queryForList("select u.username || ':' || a.appcode from user_app a "
                        + "join user_account u on u.id = a.user_id where u.id < 1000 order by u.id", String.class))
                .containsExactly("admin:crm", "sales01:sales", "demo:beeback", "disabled01:beeback");
    }

    @Test
    void newRowsGetIdentitiesAboveTheDemoRange() {
        Long id = jdbc.queryForObject("insert into role (code, name, appcode, merchant_id) "
                + "values ('it_probe', 'probe', 'crm', 999) returning id", Long.class);
        jdbc.update("delete from role where id = ?", id);
        assertThat(id).isGreaterThanOrEqualTo(10000L).isLessThan(1L << 53);
    }
}
