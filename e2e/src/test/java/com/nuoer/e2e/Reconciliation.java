package com.nuoer.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;

/**
 * The platform reconciliation (issue 15) from a test: {@code POST /mt/crm/reconciliation/run} through the gateway
 * as the demo admin. {@link #assertClean} is the closing check of every reliability test: it runs the reconciliation
 * until nothing is in flight any more and requires zero differences.
 */
public final class Reconciliation {

    /** Longest wait for money and events in flight to settle (the in-flight tolerance is 2 minutes). */
    public static final Duration SETTLE = Duration.ofSeconds(Long.getLong("nuoer.e2e.reconciliation-settle", 180));

    private Reconciliation() {
    }

    /** One run now; answers the run (runId, state, differenceCount, inFlightCount, checks, differences, inFlight). */
    public static JsonNode run(Gateway gateway, String crmToken) throws Exception {
        Gateway.Answer answer = gateway.post("/mt/crm/reconciliation/run", crmToken, java.util.Map.of());
        assertThat(answer.code()).as("reconciliation run: " + answer.body()).isZero();
        return answer.data();
    }

    /**
     * Runs until a run has no difference and nothing in flight (polling while anything is in flight or differs, at
     * most {@link #SETTLE}); fails with the last run's differences otherwise. Returns the clean run.
     */
    public static JsonNode assertClean(Gateway gateway) throws Exception {
        return assertClean(gateway, gateway.login("crm"));
    }

    public static JsonNode assertClean(Gateway gateway, String crmToken) throws Exception {
        long deadline = System.nanoTime() + SETTLE.toNanos();
        JsonNode last = run(gateway, crmToken);
        while (!(last.path("differenceCount").asInt() == 0 && last.path("inFlightCount").asInt() == 0)
                && System.nanoTime() < deadline) {
            LockSupport.parkNanos(Duration.ofSeconds(3).toNanos());
            last = run(gateway, crmToken);
        }
        assertThat(last.path("differences")).as("reconciliation differences of run " + last.path("runId")
                + ": " + last.path("differences")).isEmpty();
        assertThat(last.path("differenceCount").asInt()).isZero();
        assertThat(last.path("inFlightCount").asInt()).as("still in flight after " + SETTLE + ": "
                + last.path("inFlight")).isZero();
        assertThat(last.path("state").asText()).isEqualTo("clean");
        System.out.printf("reconciliation: run %s clean — %s%n", last.path("runId").asText(), summary(last));
        return last;
    }

    /** "code=checked/differences" per check, for the suites' summaries. */
    public static String summary(JsonNode run) {
        StringBuilder s = new StringBuilder();
        for (JsonNode check : run.path("checks")) {
            s.append(check.path("code").asText()).append('=').append(check.path("checked").asInt()).append('/')
                    .append(check.path("differences").asInt()).append(' ');
        }
        return s.toString().trim();
    }
}
