package com.nuoer.customer.entitlement;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;

/** Issue 15 (input fuzzing): a 1 MB product code on 3.10.9 was accepted; it is a 4xx like every other length limit. */
class OpenedDeptListRequestValidationTest {

    private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

    @Test
    void aProductCodeLongerThan64IsRejected() {
        assertThat(validator.validate(new DeptItemCommands.OpenedDeptListRequest("x".repeat(1024 * 1024))))
                .extracting(v -> v.getMessage()).containsExactly("产品编码最长64位");
        assertThat(validator.validate(new DeptItemCommands.OpenedDeptListRequest("ID2_CHECK"))).isEmpty();
    }
}
