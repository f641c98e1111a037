package com.nuoer.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.nuoer.e2e.robust.DbSnapshot;
import com.nuoer.e2e.robust.FuzzCases;
import com.nuoer.e2e.robust.Probe;
import com.nuoer.e2e.robust.SeedEndpoints;
import com.nuoer.e2e.robust.SeedEndpoints.Endpoint;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 15, input fuzzing: every seed endpoint gets generated bad input ({@link FuzzCases}: wrong types, missing
 * required fields, nulls, empty and 1 MB strings, negative and huge numbers, bad dates, bad enums, SQL/script-looking
 * strings, unknown fields, malformed JSON, wrong content types, an empty body, a wrong method), logged in as the
 * endpoint's app (admin for crm, sales01 for sales, demo for beeback and the portal). Every answer is a JSON envelope
 * {code,msg}, never a 5xx, never a stack trace in msg; a must-reject case gets code ≠ 0 with HTTP 4xx and writes
 * nothing (row count + checksum of every business table of every service database before/after the endpoint's
 * must-reject cases). Lenient cases (unknown field, SQL-looking text, empty string …) may succeed on reading
 * endpoints; on writing endpoints they are not sent, so the shared demo data stays as it is.
 *
 * <p>Seeded and repeatable: {@code -Dnuoer.fuzz.seed} (default 20261129), {@code -Dnuoer.fuzz.cap} cases per
 * endpoint (default 40), {@code -Dnuoer.fuzz.only=1.1.,3.3.} id prefixes. Report: {@code e2e/target/fuzz-report.json}.
 */
@ExtendWith(SuiteExtension.class)
class FuzzIT {

    private static final long SEED = Long.getLong("nuoer.fuzz.seed", 20261129L);
    private static final int CAP = Integer.getInteger("nuoer.fuzz.cap", 40);
    private static final Pattern STACK_TRACE = Pattern.compile(
            "(Exception|Throwable|\\bat [a-z]+\\.[a-zA-Z]|org\\.springframework|java\\.lang|java\\.util|com\\.nuoer\\."
                    + "|com\\.fasterxml|PSQL|SQLState|syntax error|could not execute|jdbc|Hibernate)");

    @Test
    void everyEndpointAnswersBadInputWithAnEnvelopeAndWritesNothing(Suite suite) throws Exception {
        List<String> failures = run(new Probe(suite), new DbSnapshot(suite));
        assertThat(failures).as("fuzz failures (see e2e/target/fuzz-report.json)").isEmpty();
    }

    /** Runs every case; prints the summary, writes the report and returns the failures. */
    static List<String> run(Probe probe, DbSnapshot snapshot) throws Exception {
        long started = System.nanoTime();
        Map<String, String> tokens = new LinkedHashMap<>();
        login(probe, tokens);
        List<Endpoint> endpoints = selected(SeedEndpoints.load());

        List<String> failures = new ArrayList<>();
        List<String> lenient = new ArrayList<>();
        List<Map<String, Object>> report = new ArrayList<>();
        int sent = 0;
        int serverErrors = 0;
        int writes = 0;
        int skipped = 0;
        try (DbSnapshot db = snapshot) {
            db.calibrate(2000);
            for (Endpoint e : endpoints) {
                List<FuzzCases.Case> cases = FuzzCases.of(e, SEED, CAP);
                boolean writing = !e.readOnly();
                Map<String, String> before = writing ? db.take() : null;
                List<String> endpointFailures = new ArrayList<>();
                List<String> endpointLenient = new ArrayList<>();
                int endpointSent = 0;
                for (FuzzCases.Case c : cases) {
                    if (writing && !c.mustReject()) {
                        skipped++;
                        continue;
                    }
                    Probe.Answer a = send(probe, tokens, c);
                    endpointSent++;
                    if (a.status() >= 500) {
                        serverErrors++;
                    }
                    String problem = check(c, a);
                    if (problem != null) {
                        endpointFailures.add(c.label() + ": " + problem);
                    } else if (c.mustReject() && a.code() == 0) {
                        endpointLenient.add(c.label() + " accepted");
                        if (writing) {
                            endpointFailures.add(c.label() + ": must be rejected, got code 0 on a writing endpoint");
                        }
                    }
                }
                sent += endpointSent;
                List<String> changed = List.of();
                if (writing) {
                    changed = DbSnapshot.diff(before, db.take());
                    if (!changed.isEmpty()) {
                        // a background job or consumer may have written meanwhile: send the same rejected cases
                        // again and count only tables that change both times
                        Map<String, String> again = db.take();
                        for (FuzzCases.Case c : cases) {
                            if (c.mustReject()) {
                                send(probe, tokens, c);
                            }
                        }
                        List<String> second = DbSnapshot.diff(again, db.take());
                        List<String> firstTables = changed.stream().map(t -> t.split(" ")[0]).toList();
                        changed = second.stream().filter(t -> firstTables.contains(t.split(" ")[0])).toList();
                    }
                    if (!changed.isEmpty()) {
                        writes++;
                        endpointFailures.add(e.id() + ": rejected input changed " + changed);
                    }
                }
                failures.addAll(endpointFailures);
                lenient.addAll(endpointLenient);
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("id", e.id());
                row.put("endpoint", e.method() + " " + e.path());
                row.put("writing", writing);
                row.put("cases", endpointSent);
                row.put("failures", endpointFailures);
                row.put("acceptedMustReject", endpointLenient);
                row.put("changedTables", changed);
                report.add(row);
            }
            long seconds = (System.nanoTime() - started) / 1_000_000_000L;
            String summary = String.format("fuzz: %,d cases sent to %d endpoints (seed %d, cap %d), %d server errors, "
                            + "%d writes, %d failures, %d lenient must-reject accepted on reading endpoints, %d lenient "
                            + "cases not sent to writing endpoints, %d s", sent, endpoints.size(), SEED, CAP,
                    serverErrors, writes, failures.size(), lenient.size(), skipped, seconds);
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("summary", summary);
            out.put("seed", SEED);
            out.put("cap", CAP);
            out.put("casesSent", sent);
            out.put("serverErrors", serverErrors);
            out.put("writes", writes);
            out.put("ignoredTables", db.ignored());
            out.put("failures", failures);
            out.put("endpoints", report);
            Path file = Paths.get(System.getProperty("nuoer.repo.root", "..")).toAbsolutePath().normalize()
                    .resolve("e2e/target/fuzz-report.json");
            Files.createDirectories(file.getParent());
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), out);
            System.out.println(summary);
            failures.stream().limit(300).forEach(f -> System.out.println("  FUZZ " + f));
        }
        return failures;
    }

    private static List<Endpoint> selected(List<Endpoint> all) {
        String only = System.getProperty("nuoer.fuzz.only", "");
        if (only.isBlank()) {
            return all;
        }
        List<String> prefixes = List.of(only.split(","));
        return all.stream().filter(e -> prefixes.stream().anyMatch(p -> e.id().startsWith(p.trim()))).toList();
    }

    /** null when the answer is acceptable for the case, else what is wrong. */
    static String check(FuzzCases.Case c, Probe.Answer a) {
        String text = a.text() == null ? "" : a.text();
        String shown = text.length() > 300 ? text.substring(0, 300) + "…" : text;
        if (a.status() >= 500) {
            return "HTTP " + a.status() + " " + shown;
        }
        if (!a.isEnvelope()) {
            boolean file = c.endpoint().kind().equals("download") && a.status() == 200 && !c.mustReject();
            return file ? null : "not an envelope (HTTP " + a.status() + ", " + a.contentType() + "): " + shown;
        }
        if (STACK_TRACE.matcher(a.msg()).find()) {
            return "internal detail in msg: " + a.msg();
        }
        if (a.code() != 0 && (a.status() < 400 || a.status() >= 500)) {
            return "code " + a.code() + " with HTTP " + a.status();
        }
        if (a.code() == 0 && a.status() != 200) {
            return "code 0 with HTTP " + a.status();
        }
        return null;
    }

    private static Probe.Answer send(Probe probe, Map<String, String> tokens, FuzzCases.Case c) throws Exception {
        String app = c.endpoint().app();
        Probe.Answer a = probe.send(c.method(), c.pathAndQuery(), tokens.get(app), c.contentType(), c.body());
        if (a.status() == 401) { // a case ended the session (should not happen): log in again and resend once
            login(probe, tokens);
            a = probe.send(c.method(), c.pathAndQuery(), tokens.get(app), c.contentType(), c.body());
        }
        return a;
    }

    private static void login(Probe probe, Map<String, String> tokens) throws Exception {
        tokens.put("crm", probe.login("crm", "admin", "Admin@123"));
        tokens.put("sales", probe.login("sales", "sales01", "Sales@123"));
        String demo = probe.login("beeback", "demo", "Demo@123");
        tokens.put("beeback", demo);
        tokens.put("portal", demo);
    }
}
