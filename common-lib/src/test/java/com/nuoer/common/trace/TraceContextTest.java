package com.nuoer.common.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TraceContextTest {

    @Test
    void newIdsAre32LowerCaseHexDigitsAndDoNotRepeat() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String id = TraceContext.newTraceId();
            assertThat(id).matches("[0-9a-f]{32}");
            ids.add(id);
        }
        assertThat(ids).hasSize(10_000);
    }

    @Test
    void aWellFormedIncomingIdIsKeptAnythingElseReplaced() {
        assertThat(TraceContext.acceptOrCreate("trace-abc_1.2")).isEqualTo("trace-abc_1.2");
        assertThat(TraceContext.acceptOrCreate("A".repeat(64))).isEqualTo("A".repeat(64));
        for (String bad : new String[] {null, "", "short", "A".repeat(65), "bad id <script>", "abc\ndef-ghij",
                "trace-中文-12345", "abcdefgh/"}) {
            assertThat(TraceContext.acceptOrCreate(bad)).as(String.valueOf(bad)).matches("[0-9a-f]{32}");
        }
    }
}
