package com.nuoer.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * {@code report --dir D}: reads the scenario files D/P*.json and writes D/report.md, D/results.json and the PNG
 * charts (throughput.png, latency-P1.png, latency-P2.png, durations.png), rendered headless with JFreeChart.
 */
public final class Report {

    private Report() {
    }

    /** A figure of P1/P3 as a fraction of the matching P6 ceiling. */
    public record Fraction(String figure, double value, String ceiling, double ceilingValue, double fraction) {
    }

    public static int main(Args a) throws Exception {
        Path dir = Path.of(a.require("dir"));
        List<Scenario> scenarios = load(dir);
        write(dir, scenarios, a.get("mode", "full"), a.get("command", "bench/run.sh"), a.getDouble("elapsed", 0));
        System.out.println("report: " + dir.resolve("report.md"));
        boolean allPassed = scenarios.stream().allMatch(Scenario::passed);
        return allPassed ? 0 : 3;
    }

    static List<Scenario> load(Path dir) throws IOException {
        List<Scenario> out = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "P[0-9]*.json")) {
            for (Path f : files) {
                out.add(Scenario.read(f));
            }
        }
        out.sort(Comparator.comparing(s -> s.id));
        return out;
    }

    static Scenario byId(List<Scenario> all, String id) {
        return all.stream().filter(s -> id.equals(s.id)).findFirst().orElse(null);
    }

    static double value(Scenario s, String metric) {
        if (s == null) {
            return Double.NaN;
        }
        Scenario.Metric m = s.find(metric);
        return m == null ? Double.NaN : m.value();
    }

    /** P1 and P3 figures as fractions of the same write pattern measured by pgbench in P6. */
    static List<Fraction> fractions(List<Scenario> all) {
        List<Fraction> out = new ArrayList<>();
        Scenario p1 = byId(all, "P1");
        Scenario p3 = byId(all, "P3");
        Scenario p6 = byId(all, "P6");
        if (p6 == null) {
            return out;
        }
        String call = p6.metrics.stream().map(Scenario.Metric::name).filter(n -> n.startsWith("call:")).findFirst()
                .orElse(null);
        String hot = p6.metrics.stream().map(Scenario.Metric::name).filter(n -> n.startsWith("charge: 1 hot"))
                .findFirst().orElse(null);
        String many = p6.metrics.stream().map(Scenario.Metric::name).filter(n -> n.startsWith("charge: 1,000"))
                .findFirst().orElse(null);
        add(out, "P1 gateway calls/s", value(p1, "gateway calls/s"), call, value(p6, call));
        add(out, "P1 direct calls/s", value(p1, "direct calls/s"), call, value(p6, call));
        if (p3 != null) {
            for (Scenario.Metric m : p3.metrics) {
                if (m.name().endsWith(": batches/s")) {
                    boolean isHot = m.name().startsWith("1 hot");
                    add(out, "P3 " + m.name(), m.value(), isHot ? hot : many, value(p6, isHot ? hot : many));
                }
            }
        }
        return out;
    }

    private static void add(List<Fraction> out, String figure, double v, String ceiling, double c) {
        if (ceiling != null && !Double.isNaN(v) && !Double.isNaN(c) && c > 0) {
            out.add(new Fraction(figure, v, "P6 " + ceiling, c, v / c));
        }
    }

    static void write(Path dir, List<Scenario> scenarios, String mode, String command, double elapsed)
            throws IOException {
        List<Fraction> fractions = fractions(scenarios);
        List<String> charts = charts(dir, scenarios, fractions);
        ObjectNode root = Scenario.JSON.createObjectNode();
        root.put("generatedAt", ZonedDateTime.now().toString());
        root.put("mode", mode);
        root.put("command", command);
        root.put("elapsedSeconds", elapsed);
        root.putObject("machine").put("cpus", Sys.cpus()).put("memory", Sys.memory())
                .put("loadAverageAtReport", Sys.loadAverage());
        root.set("scenarios", Scenario.JSON.valueToTree(scenarios));
        root.set("fractionsOfPostgresCeiling", Scenario.JSON.valueToTree(fractions));
        ArrayNode c = root.putArray("charts");
        charts.forEach(c::add);
        root.put("allTargetsMet", scenarios.stream().allMatch(Scenario::passed));
        Scenario.JSON.writeValue(dir.resolve("results.json").toFile(), root);
        Files.writeString(dir.resolve("report.md"), markdown(scenarios, fractions, charts, mode, command, elapsed));
    }

    static String markdown(List<Scenario> scenarios, List<Fraction> fractions, List<String> charts, String mode,
                           String command, double elapsed) {
        StringBuilder md = new StringBuilder();
        md.append("# Benchmark report\n\n");
        md.append(String.format(Locale.ROOT, "- generated %s by `%s` (%s sizes), %.0f s in all%n",
                ZonedDateTime.now().withNano(0), command, mode, elapsed));
        md.append(String.format("- machine: %d CPUs, %s memory; load average now %s (each scenario lists its own)%n",
                Sys.cpus(), Sys.memory(), Sys.loadAverage()));
        md.append("- the load generator runs in its own JVM (bench.jar), all traffic on 127.0.0.1; latencies from "
                + "HdrHistogram (1 µs resolution, 3 significant digits)\n\n");
        md.append("## Summary\n\n| scenario | figure | measured | target | result | load average (1/5/15 min) |\n"
                + "|---|---|---|---|---|---|\n");
        for (Scenario s : scenarios) {
            if (!"ok".equals(s.status) && s.metrics.isEmpty()) {
                md.append("| ").append(s.id).append(" | ").append(s.title).append(" | — | — | **")
                        .append(s.status.toUpperCase(Locale.ROOT)).append("** | ").append(s.loadAverage).append(" |\n");
            }
            for (Scenario.Metric m : s.metrics) {
                if (m.target() == null) {
                    continue;
                }
                md.append("| ").append(s.id).append(" | ").append(m.name()).append(" | ").append(fmt(m.value()))
                        .append(' ').append(m.unit()).append(" | ").append("higher".equals(m.better()) ? "≥ " : "≤ ")
                        .append(fmt(m.target())).append(' ').append(m.unit()).append(" | ")
                        .append(Boolean.TRUE.equals(m.pass()) ? "pass" : "**FAIL**").append(" | ").append(s.loadAverage)
                        .append(" |\n");
            }
        }
        if (!fractions.isEmpty()) {
            md.append("\n## Fraction of what PostgreSQL alone can do (same run)\n\n"
                    + "| figure | measured | PostgreSQL ceiling (pgbench) | fraction |\n|---|---|---|---|\n");
            for (Fraction f : fractions) {
                md.append(String.format(Locale.ROOT, "| %s | %s | %s: %s | %.0f %% |%n", f.figure(), fmt(f.value()),
                        f.ceiling(), fmt(f.ceilingValue()), f.fraction() * 100));
            }
        }
        if (!charts.isEmpty()) {
            md.append("\n## Charts\n\n");
            for (String c : charts) {
                md.append("![").append(c).append("](").append(c).append(")\n\n");
            }
        }
        for (Scenario s : scenarios) {
            md.append("\n## ").append(s.id).append(" — ").append(s.title).append("\n\n");
            md.append(String.format(Locale.ROOT, "status **%s**, %.0f s, load average %s%n%n", s.status,
                    s.elapsedSeconds, s.loadAverage));
            if (s.setup != null && !s.setup.isBlank()) {
                md.append("Setup: ").append(s.setup).append("\n\n");
            }
            if (!s.metrics.isEmpty()) {
                md.append("| figure | value | target | result | note |\n|---|---|---|---|---|\n");
                for (Scenario.Metric m : s.metrics) {
                    md.append("| ").append(m.name()).append(" | ").append(fmt(m.value())).append(' ').append(m.unit())
                            .append(" | ").append(m.target() == null ? "" : ("higher".equals(m.better()) ? "≥ " : "≤ ")
                                    + fmt(m.target()) + " " + m.unit())
                            .append(" | ").append(m.pass() == null ? "" : m.pass() ? "pass" : "**FAIL**").append(" | ")
                            .append(m.note() == null ? "" : m.note().replace("|", "\\|")).append(" |\n");
                }
                md.append('\n');
            }
            if (!s.series.isEmpty()) {
                md.append("| series | n | ops/s | p50 ms | p90 ms | p95 ms | p99 ms | p99.9 ms | max ms |\n"
                        + "|---|---|---|---|---|---|---|---|---|\n");
                for (LatencyStats l : s.series) {
                    md.append(String.format(Locale.ROOT, "| %s | %d | %s | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f |%n",
                            l.label(), l.count(), fmt(l.throughput()), l.p50Ms(), l.p90Ms(), l.p95Ms(), l.p99Ms(),
                            l.p999Ms(), l.maxMs()));
                }
                md.append('\n');
            }
            for (String n : s.notes) {
                md.append("- ").append(n.replace("\n", " ")).append('\n');
            }
        }
        return md.toString();
    }

    static String fmt(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return String.valueOf(v);
        }
        if (Math.abs(v) >= 100) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        if (v == Math.rint(v)) {
            return String.format(Locale.ROOT, "%.0f", v);
        }
        if (Math.abs(v) >= 10) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
        return String.format(Locale.ROOT, "%.2f", v);
    }

    /** Writes the PNG charts; returns their file names. */
    static List<String> charts(Path dir, List<Scenario> scenarios, List<Fraction> fractions) throws IOException {
        List<String> out = new ArrayList<>();
        DefaultCategoryDataset tp = new DefaultCategoryDataset();
        for (Scenario s : scenarios) {
            for (Scenario.Metric m : s.metrics) {
                if (m.unit() != null && m.unit().endsWith("/s") && m.value() > 0) {
                    String cat = s.id + " " + shorten(m.name());
                    tp.addValue(m.value(), "measured", cat);
                    if (m.target() != null) {
                        tp.addValue(m.target(), "target", cat);
                    }
                }
            }
        }
        if (tp.getColumnCount() > 0) {
            JFreeChart chart = ChartFactory.createBarChart("Throughput (log scale)", null, "per second", tp,
                    PlotOrientation.HORIZONTAL, true, false, false);
            CategoryPlot plot = style(chart);
            LogAxis log = new LogAxis("per second (log scale)");
            log.setSmallestValue(1);
            log.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(1.0));
            log.setNumberFormatOverride(new java.text.DecimalFormat("#,##0"));
            plot.setRangeAxis(log);
            save(chart, dir, "throughput.png", 1100, 120 + 34 * tp.getColumnCount(), out);
        }
        for (Scenario s : scenarios) {
            if (s.series.isEmpty()) {
                continue;
            }
            DefaultCategoryDataset lat = new DefaultCategoryDataset();
            for (LatencyStats l : s.series) {
                lat.addValue(l.p50Ms(), l.label(), "p50");
                lat.addValue(l.p90Ms(), l.label(), "p90");
                lat.addValue(l.p95Ms(), l.label(), "p95");
                lat.addValue(l.p99Ms(), l.label(), "p99");
                lat.addValue(l.p999Ms(), l.label(), "p99.9");
            }
            JFreeChart chart = ChartFactory.createBarChart(s.id + " latency percentiles (ms)", "percentile", "ms", lat,
                    PlotOrientation.VERTICAL, true, false, false);
            CategoryPlot plot = style(chart);
            ValueMarker target = new ValueMarker(50, Color.RED, new BasicStroke(1.5f));
            target.setLabel("50 ms target");
            target.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP_RIGHT);
            target.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.BOTTOM_RIGHT);
            target.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
            plot.addRangeMarker(target);
            save(chart, dir, "latency-" + s.id + ".png", 1100, 560, out);
        }
        DefaultCategoryDataset dur = new DefaultCategoryDataset();
        for (Scenario s : scenarios) {
            for (Scenario.Metric m : s.metrics) {
                if (("s".equals(m.unit()) || "GiB".equals(m.unit())) && m.target() != null) {
                    String cat = s.id + " " + shorten(m.name()) + " (" + m.unit() + ")";
                    dur.addValue(m.value(), "measured", cat);
                    dur.addValue(m.target(), "target", cat);
                }
            }
        }
        if (dur.getColumnCount() > 0) {
            JFreeChart chart = ChartFactory.createBarChart("Durations and memory vs targets", null, "value", dur,
                    PlotOrientation.HORIZONTAL, true, false, false);
            style(chart);
            save(chart, dir, "durations.png", 1100, 120 + 40 * dur.getColumnCount(), out);
        }
        if (!fractions.isEmpty()) {
            DefaultCategoryDataset fr = new DefaultCategoryDataset();
            for (Fraction f : fractions) {
                fr.addValue(f.fraction() * 100, "% of PostgreSQL alone", shorten(f.figure()));
            }
            JFreeChart chart = ChartFactory.createBarChart("Fraction of the PostgreSQL ceiling (P6)", null, "%", fr,
                    PlotOrientation.HORIZONTAL, false, false, false);
            style(chart);
            save(chart, dir, "ceiling.png", 1100, 120 + 34 * fr.getColumnCount(), out);
        }
        return out;
    }

    private static String shorten(String s) {
        return s.length() > 60 ? s.substring(0, 57) + "…" : s;
    }

    private static CategoryPlot style(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        BarRenderer r = (BarRenderer) plot.getRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setItemMargin(0.05);
        CategoryAxis axis = plot.getDomainAxis();
        axis.setMaximumCategoryLabelWidthRatio(0.45f);
        if (plot.getOrientation() == PlotOrientation.VERTICAL) {
            axis.setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
        }
        return plot;
    }

    private static void save(JFreeChart chart, Path dir, String name, int w, int h, List<String> out)
            throws IOException {
        ChartUtils.saveChartAsPNG(dir.resolve(name).toFile(), chart, w, Math.max(300, h));
        out.add(name);
    }

    /** For tests: the scenarios keyed by id. */
    static Map<String, Scenario> index(List<Scenario> all) {
        Map<String, Scenario> m = new LinkedHashMap<>();
        all.forEach(s -> m.put(s.id, s));
        return m;
    }
}
