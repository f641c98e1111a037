package com.nuoer.billing.reconciliation;

import java.time.LocalDateTime;
import java.util.List;

/** What a reconciliation run finds: per check a summary, and the items (differences and money/events in flight). */
public final class ReconciliationModel {

    private ReconciliationModel() {
    }

    public enum Kind { DIFFERENCE, IN_FLIGHT }

    /** One finding: {@code check} code, what it is about, what was expected and what was found. */
    public record Item(String check, Kind kind, String subject, String expected, String actual, String detail) {
    }

    /** Summary of one check: how many facts it compared, differences and in-flight items among them. */
    public record Check(String code, String name, Integer checked, Integer differences, Integer inFlight) {
    }

    public record Result(List<Check> checks, List<Item> items) {
        public long differenceCount() {
            return items.stream().filter(i -> i.kind() == Kind.DIFFERENCE).count();
        }

        public long inFlightCount() {
            return items.stream().filter(i -> i.kind() == Kind.IN_FLIGHT).count();
        }
    }

    /** A persisted run as the ops endpoints answer it. */
    public record RunView(Long runId, String trigger, String state, LocalDateTime startedAt, LocalDateTime finishedAt,
                          LocalDateTime since, Integer differenceCount, Integer inFlightCount, String error,
                          List<Check> checks, List<Item> differences, List<Item> inFlight) {
    }
}
