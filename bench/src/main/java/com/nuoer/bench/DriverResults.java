package com.nuoer.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * P3, P4 and P5 are measured by other processes (the wallet and billing benchmark drivers of the services' test
 * code, run as their own JVMs; run.sh for start-up): these subcommands turn their output into scenario JSON.
 */
public final class DriverResults {

    private static final Pattern CHARGE = Pattern.compile(
            "^(1 hot wallet|1000 wallets), (\\d+) lines?\\s+(\\d+)\\s+(\\d+)\\s+([\\d.]+)\\s+([\\d.]+)\\s*$");
    private static final Pattern CHECK = Pattern.compile(
            "^CHECK (\\w+) wallets=(\\d+) lines=(\\d+) expected=(\\S+) balance=(\\S+) flows=(\\S+) -> (OK|LOST)");
    private static final Pattern LOAD = Pattern.compile("^load \\(COPY\\): (\\d+) usage rows .*?, (\\d+) calls in ([\\d.]+) s");
    private static final Pattern CLOSE1 = Pattern.compile(
            "^month close #1: (\\d+) accounts, (\\d+) statements, (\\d+) upstream rows in ([\\d.]+) s");
    private static final Pattern CLOSE2 = Pattern.compile("^month close #2 \\(re-run\\): (\\d+) statements rebuilt in ([\\d.]+) s");
    private static final Pattern TOTALS = Pattern.compile("^statements total .* -> (EXACT|MISMATCH)");

    private DriverResults() {
    }

    /** {@code p3 --log file --out dir [--target-lines N]}: svc-wallet's ChargeBenchmark output. */
    public static int p3(Args a) throws Exception {
        List<String> lines = Files.readAllLines(Path.of(a.require("log")));
        Scenario s = parseP3(lines);
        s.setup = a.get("setup", "");
        s.elapsedSeconds = a.getDouble("elapsed", 0);
        s.write(Path.of(a.require("out")));
        return "failed".equals(s.status) ? 1 : 0;
    }

    static Scenario parseP3(List<String> lines) {
        Scenario s = new Scenario("P3", "Wallet charges (svc-wallet consumer transaction): 1 hot wallet and 1,000 wallets");
        int found = 0;
        int checks = 0;
        for (String line : lines) {
            Matcher m = CHARGE.matcher(line);
            if (m.find()) {
                found++;
                String who = m.group(1);
                int per = Integer.parseInt(m.group(2));
                int threads = Integer.parseInt(m.group(3));
                double batches = Double.parseDouble(m.group(5));
                double lps = Double.parseDouble(m.group(6));
                String name = who + ", " + per + (per == 1 ? " line" : " lines") + "/batch";
                s.metric(Scenario.Metric.info(name + ": batches/s", batches, "tx/s", threads + " producers"));
                if (who.startsWith("1 hot") && per > 1) {
                    s.metric(Scenario.Metric.atLeast(name + ": charge lines/s", lps, "lines/s", 20_000,
                            threads + " producers"));
                } else {
                    s.metric(Scenario.Metric.info(name + ": charge lines/s", lps, "lines/s", threads + " producers"));
                }
            }
            Matcher c = CHECK.matcher(line);
            if (c.find()) {
                checks++;
                boolean ok = "OK".equals(c.group(7));
                s.metric(new Scenario.Metric("lost updates, " + ("hot".equals(c.group(1)) ? "hot wallet"
                        : c.group(2) + " wallets"), ok ? 0 : 1, "", 0.0, "lower", ok,
                        String.format("%s lines sent, expected balance %s, balance %s, Σ flows %s", c.group(3),
                                c.group(4), c.group(5), c.group(6))));
            }
        }
        if (found == 0 || checks < 2) {
            s.status = "failed";
            s.note("the driver's output has no results (see P3.log)");
        }
        return s;
    }

    /** {@code p4 --log file --out dir}: svc-billing's MonthCloseBenchmark output. */
    public static int p4(Args a) throws Exception {
        Scenario s = parseP4(Files.readAllLines(Path.of(a.require("log"))));
        s.setup = a.get("setup", "");
        s.elapsedSeconds = a.getDouble("elapsed", 0);
        s.write(Path.of(a.require("out")));
        return "failed".equals(s.status) ? 1 : 0;
    }

    static Scenario parseP4(List<String> lines) {
        Scenario s = new Scenario("P4", "Month close (svc-billing MonthClose.close) for 1,000 customers");
        boolean closed = false;
        for (String line : lines) {
            Matcher m = LOAD.matcher(line);
            if (m.find()) {
                s.title = String.format("Month close for %s day snapshots adding up to %,d calls", m.group(1),
                        Long.parseLong(m.group(2)));
                s.metric(Scenario.Metric.info("load with COPY", Double.parseDouble(m.group(3)), "s", m.group(1)
                        + " usage rows"));
            }
            m = CLOSE1.matcher(line);
            if (m.find()) {
                closed = true;
                s.metric(Scenario.Metric.atMost("month close", Double.parseDouble(m.group(4)), "s", 60,
                        m.group(1) + " accounts, " + m.group(2) + " statements, " + m.group(3) + " upstream rows"));
            }
            m = CLOSE2.matcher(line);
            if (m.find()) {
                s.metric(Scenario.Metric.info("month close re-run", Double.parseDouble(m.group(2)), "s",
                        m.group(1) + " statements rebuilt"));
            }
            m = TOTALS.matcher(line);
            if (m.find()) {
                boolean exact = "EXACT".equals(m.group(1));
                s.metric(new Scenario.Metric("statement totals = Σ(charged × price)", exact ? 1 : 0, "", 1.0, "higher",
                        exact, line.trim()));
            }
        }
        if (!closed) {
            s.status = "failed";
            s.note("the driver's output has no month close result (see P4.log)");
        }
        return s;
    }

    /** {@code p5 --fresh "secs rssMB" --warm "secs rssMB" --out dir}: start-up measured by bench/run.sh. */
    public static int p5(Args a) throws Exception {
        Scenario s = new Scenario("P5", "Suite start to healthy (./run.sh --detach) and total RSS");
        for (String kind : List.of("fresh", "warm")) {
            String v = a.get(kind, "");
            if (v.isBlank()) {
                continue;
            }
            String[] f = v.trim().split("\\s+");
            String label = "fresh".equals(kind) ? "fresh .run/ (initdb, migrations, demo data, CDS archives written)"
                    : "warm (existing .run/, CDS archives)";
            s.metric(Scenario.Metric.atMost("start to healthy, " + label, Double.parseDouble(f[0]), "s", 90, null));
            s.metric(Scenario.Metric.atMost("total RSS after start, " + kind, Double.parseDouble(f[1]) / 1024.0, "GiB",
                    4, f[1] + " MB"));
        }
        if (s.metrics.isEmpty()) {
            s.status = a.get("status", "skipped");
        } else if (a.get("note", null) != null) {
            s.status = "failed";
        }
        if (a.get("note", null) != null) {
            s.note(a.get("note", ""));
        }
        s.setup = a.get("setup", "");
        s.elapsedSeconds = a.getDouble("elapsed", 0);
        s.write(Path.of(a.require("out")));
        return "failed".equals(s.status) ? 1 : 0;
    }

    /** {@code status --id P3 --title ... --status skipped|failed --note ...}: a scenario that did not produce figures. */
    public static int status(Args a) throws Exception {
        Scenario s = new Scenario(a.require("id"), a.get("title", a.require("id")));
        s.status = a.get("status", "failed");
        s.note(a.get("note", ""));
        s.write(Path.of(a.require("out")));
        return 0;
    }
}
