package com.nuoer.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OpenApiPathTest {

    @Test
    void plainProductCodesAreRecognised() {
        assertThat(OpenApiPath.checkItemOf("/open/v1/ID2_CHECK")).isEqualTo("ID2_CHECK");
        assertThat(OpenApiPath.checkItemOf("/open/v1/mobile-3")).isEqualTo("mobile-3");
        assertThat(OpenApiPath.checkItemOf("/open/v1/" + "A".repeat(64))).isEqualTo("A".repeat(64));
        assertThat(OpenApiPath.plainCode("/open/v1/ID2_CHECK?x=1", 9, 18)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/open/v1/", "/open/v1/A.B", "/open/v1/a%2Fb", "/open/v1/A/B", "/open/v1/A;x",
            "/open/v2/A", "/open/v1/张三", "/open/v1/../internal/x", "/mt/open/v1/A", "open/v1/A"})
    void anythingElseIsNot(String path) {
        assertThat(OpenApiPath.checkItemOf(path)).isNull();
    }

    @Test
    void codesAreAtMost64Characters() {
        assertThat(OpenApiPath.checkItemOf("/open/v1/" + "A".repeat(65))).isNull();
        assertThat(OpenApiPath.checkItemOf(null)).isNull();
    }
}
