package com.nuoer.apicall.open;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OpenApiHandlerMappingTest {

    @ParameterizedTest
    @ValueSource(strings = {"ID2_CHECK", "MOBILE3_CHECK", "IT_ABC-12", "a"})
    void plainProductCodesTakeTheShortcut(String code) {
        assertThat(OpenApiHandlerMapping.plainCode(code)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ID2_CHECK/", "ID2%5FCHECK", "a;b", "a/b", "..", "ID 2", "产品"})
    void anythingElseIsLeftToTheOrdinaryMappings(String code) {
        assertThat(OpenApiHandlerMapping.plainCode(code)).isFalse();
    }

    @Test
    void codesLongerThanAnyProductAreNotShortcut() {
        assertThat(OpenApiHandlerMapping.plainCode("A".repeat(65))).isFalse();
    }
}
