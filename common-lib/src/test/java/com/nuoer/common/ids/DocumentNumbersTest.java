package com.nuoer.common.ids;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

class DocumentNumbersTest {

    final JdbcTemplate jdbc = mock(JdbcTemplate.class);

    @Test
    void theSequenceValueIsCutAndPaddedToTheDigits() {
        when(jdbc.queryForObject(eq("select nextval('payment_no_seq')"), eq(Long.class))).thenReturn(7L, 123_456L);
        assertThat(DocumentNumbers.serial(jdbc, "payment_no_seq", 4)).isEqualTo("0007");
        assertThat(DocumentNumbers.serial(jdbc, "payment_no_seq", 4)).isEqualTo("3456");
    }

    @Test
    void onlyPlainSequenceNamesReachTheSql() {
        assertThatThrownBy(() -> DocumentNumbers.serial(jdbc, "x'); drop table payment; --", 4))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DocumentNumbers.serial(jdbc, "payment_no_seq", 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
