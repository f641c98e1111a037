package com.nuoer.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Start/stop behaviour the local run relies on (the full engine round trips are in test-support). */
class EnginesLifecycleTest {

    @Test
    void persistentPostgresKeepsDataAcrossRestarts(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("pg");
        int port;
        try (PostgresEngine pg = PostgresEngine.startPersistent(0, data, dir.resolve("postgres.log"))) {
            port = pg.port();
            assertThat(pg.createDatabaseIfMissing("nuoer_keep")).isTrue();
            assertThat(pg.createDatabaseIfMissing("nuoer_keep")).isFalse();
            try (Connection c = PgDatabases.connect(pg.jdbcUrl("nuoer_keep"), pg.username(), pg.password());
                 Statement st = c.createStatement()) {
                st.execute("create table kept(v text)");
                st.execute("insert into kept values ('still here')");
            }
        }
        assertThat(Ports.isListening("127.0.0.1", port, 500)).as("stopped").isFalse();

        try (PostgresEngine pg = PostgresEngine.startPersistent(0, data, dir.resolve("postgres.log"))) {
            assertThat(pg.createDatabaseIfMissing("nuoer_keep")).isFalse();
            try (Connection c = PgDatabases.connect(pg.jdbcUrl("nuoer_keep"), pg.username(), pg.password());
                 Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("select v, current_setting('max_connections') from kept")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("still here");
                assertThat(rs.getString(2)).isEqualTo("300");
            }
        }
    }

    @Test
    void redisStartsOnARandomPortAndStops() {
        int port;
        try (RedisEngine redis = RedisEngine.start(0)) {
            port = redis.port();
            assertThat(Ports.isListening(redis.host(), port, 1000)).isTrue();
        }
        assertThat(Ports.isListening("127.0.0.1", port, 500)).isFalse();
    }
}
