package com.nuoer.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What one scenario writes to {@code <out>/<id>.json} and the report reads back: figures with their target, latency
 * series, free-text notes, the load average while it ran.
 */
public final class Scenario {

    /** A figure; {@code target} null = no target (shown for information), {@code better} "higher" or "lower". */
    public record Metric(String name, double value, String unit, Double target, String better, Boolean pass,
                         String note) {

        public static Metric info(String name, double value, String unit, String note) {
            return new Metric(name, value, unit, null, null, null, note);
        }

        public static Metric atLeast(String name, double value, String unit, double target, String note) {
            return new Metric(name, value, unit, target, "higher", value >= target, note);
        }

        public static Metric atMost(String name, double value, String unit, double target, String note) {
            return new Metric(name, value, unit, target, "lower", value <= target, note);
        }
    }

    public String id;
    public String title;
    /** ok, skipped or failed */
    public String status = "ok";
    public String setup;
    public String loadAverage;
    public double elapsedSeconds;
    public List<Metric> metrics = new ArrayList<>();
    public List<LatencyStats> series = new ArrayList<>();
    public List<String> notes = new ArrayList<>();

    public Scenario() {
    }

    public Scenario(String id, String title) {
        this.id = id;
        this.title = title;
    }

    public Scenario metric(Metric m) {
        metrics.add(m);
        return this;
    }

    public Scenario note(String n) {
        notes.add(n);
        return this;
    }

    /** All figures with a target met (true when there are none); false for failed scenarios. */
    public boolean passed() {
        return "ok".equals(status) && metrics.stream().allMatch(m -> m.pass() == null || m.pass());
    }

    public Metric find(String name) {
        return metrics.stream().filter(m -> m.name().equals(name)).findFirst().orElse(null);
    }

    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    public Path write(Path dir) throws IOException {
        Files.createDirectories(dir);
        if (loadAverage == null) {
            loadAverage = Sys.loadAverage();
        }
        Path file = dir.resolve(id + ".json");
        JSON.writeValue(file.toFile(), this);
        return file;
    }

    public static Scenario read(Path file) throws IOException {
        return JSON.readValue(file.toFile(), Scenario.class);
    }
}
