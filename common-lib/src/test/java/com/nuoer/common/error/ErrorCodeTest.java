package com.nuoer.common.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ErrorCodeTest {

    @Test
    void codesAreUniqueAndTheirRangeMatchesTheirStatus() {
        assertThat(Arrays.stream(ErrorCode.values()).map(ErrorCode::code).distinct().count())
                .isEqualTo(ErrorCode.values().length);
        for (ErrorCode code : ErrorCode.values()) {
            if (code != ErrorCode.SUCCESS && code.httpStatus() != 413 && code.httpStatus() != 415) {
                assertThat(code.code() / 100).as(code.name()).isEqualTo(code.httpStatus());
            }
        }
    }

    @Test
    void aServicesOwnDomainCodeGetsTheStatusOfItsRange() {
        assertThat(ErrorCode.httpStatusOf(40917)).isEqualTo(409);
        assertThat(ErrorCode.httpStatusOf(40312)).isEqualTo(403);
        assertThat(ErrorCode.httpStatusOf(0)).isEqualTo(200);
        assertThat(ErrorCode.httpStatusOf(12345)).isEqualTo(500);
        assertThat(ErrorCode.httpStatusOf(ErrorCode.PAYLOAD_TOO_LARGE.code())).isEqualTo(413);
    }
}
