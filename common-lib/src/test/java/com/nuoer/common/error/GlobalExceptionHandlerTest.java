package com.nuoer.common.error;

import static org.assertj.core.api.Assertions.assertThat;

import com.nuoer.common.web.ApiResponse;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartException;

/** Issue 15 (input fuzzing): client mistakes found by the fuzzer answer 4xx envelopes, never 500. */
class GlobalExceptionHandlerTest {

    private final GlobalExceptionHandler handler = new GlobalExceptionHandler();

    @Test
    void aBrokenMultipartBodyIsA400() {
        ResponseEntity<ApiResponse<Object>> answer = handler.badMultipart(
                new MultipartException("Failed to parse multipart servlet request"));

        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        assertThat(answer.getBody().code()).isEqualTo(ErrorCode.BAD_REQUEST.code());
        assertThat(answer.getBody().msg()).contains("multipart").doesNotContain("Failed to parse");
    }
}
