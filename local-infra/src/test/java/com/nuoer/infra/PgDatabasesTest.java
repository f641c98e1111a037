package com.nuoer.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PgDatabasesTest {

    @Test
    void jdbcUrlReplacesTheDatabaseAndKeepsParameters() {
        assertThat(PgDatabases.jdbcUrl("jdbc:postgresql://127.0.0.1:15432/", "nuoer_customer"))
                .isEqualTo("jdbc:postgresql://127.0.0.1:15432/nuoer_customer");
        assertThat(PgDatabases.jdbcUrl("jdbc:postgresql://127.0.0.1:15432", "x"))
                .isEqualTo("jdbc:postgresql://127.0.0.1:15432/x");
        assertThat(PgDatabases.jdbcUrl("jdbc:postgresql://h:1/old?sslmode=disable", "new"))
                .isEqualTo("jdbc:postgresql://h:1/new?sslmode=disable");
        assertThat(PgDatabases.jdbcUrl("jdbc:postgresql://h:1/", "")).isEqualTo("jdbc:postgresql://h:1/");
    }

    @Test
    void onlySafeDatabaseNames() {
        LocalTopology.DATABASES.forEach(PgDatabases::requireSafeName);
        assertThatThrownBy(() -> PgDatabases.requireSafeName("x; drop database y"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PgDatabases.requireSafeName("Upper")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void brokerPortHasItsNeighboursFree() {
        int p = Ports.freeBrokerPort();
        assertThat(Ports.isFree(p - 2)).isTrue();
        assertThat(Ports.isFree(p)).isTrue();
        assertThat(Ports.isFree(p + 1)).isTrue();
    }
}
