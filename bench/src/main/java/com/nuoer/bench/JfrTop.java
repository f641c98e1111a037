package com.nuoer.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * {@code jfr-top --file x.jfr --scenario P1 --label svc-apicall --out dir}: the profile evidence of a scenario — the
 * hottest methods of a JFR recording (top frame of the execution samples, and the first frame of our own code),
 * written next to the report and summarised in the scenario's notes.
 */
public final class JfrTop {

    private JfrTop() {
    }

    public static int main(Args a) throws Exception {
        Path file = Path.of(a.require("file"));
        Path out = Path.of(a.require("out"));
        String label = a.get("label", file.getFileName().toString());
        Map<String, Integer> top = new HashMap<>();
        Map<String, Integer> ours = new HashMap<>();
        int samples = 0;
        try (RecordingFile r = new RecordingFile(file)) {
            while (r.hasMoreEvents()) {
                RecordedEvent e = r.readEvent();
                if (!"jdk.ExecutionSample".equals(e.getEventType().getName()) || e.getStackTrace() == null) {
                    continue;
                }
                List<RecordedFrame> frames = e.getStackTrace().getFrames();
                if (frames.isEmpty()) {
                    continue;
                }
                samples++;
                top.merge(name(frames.get(0)), 1, Integer::sum);
                frames.stream().filter(f -> f.getMethod().getType().getName().startsWith("com.nuoer.")).findFirst()
                        .ifPresent(f -> ours.merge(name(f), 1, Integer::sum));
            }
        }
        int n = samples;
        StringBuilder sb = new StringBuilder("JFR " + file.getFileName() + " (" + label + "): " + n
                + " execution samples\n\ntop frames:\n");
        String topText = table(top, n, 25);
        sb.append(topText).append("\nfirst frame in com.nuoer code:\n").append(table(ours, n, 25));
        Path txt = out.resolve(a.get("scenario", "P1") + "-" + label + "-hot-methods.txt");
        Files.writeString(txt, sb.toString());
        Path json = out.resolve(a.get("scenario", "P1") + ".json");
        if (Files.exists(json)) {
            Scenario s = Scenario.read(json);
            s.note("profile (JFR, " + label + ", " + n + " samples), hottest top frames: " + top.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(5)
                    .map(e -> String.format("%s %.0f%%", e.getKey(), 100.0 * e.getValue() / Math.max(1, n)))
                    .collect(Collectors.joining("; ")) + " — full list in " + txt.getFileName());
            Scenario.JSON.writeValue(json.toFile(), s);
        }
        System.out.print(sb);
        return 0;
    }

    private static String name(RecordedFrame f) {
        return f.getMethod().getType().getName() + "." + f.getMethod().getName();
    }

    private static String table(Map<String, Integer> counts, int total, int limit) {
        return counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(limit)
                .map(e -> String.format("  %5.1f%%  %s", 100.0 * e.getValue() / Math.max(1, total), e.getKey()))
                .collect(Collectors.joining("\n")) + "\n";
    }
}
