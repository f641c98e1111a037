package com.nuoer.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportTest {

    @Test
    void percentilesComeFromTheHistogramInMilliseconds() {
        Histogram h = LatencyStats.newHistogram();
        for (int ms = 1; ms <= 1000; ms++) {
            LatencyStats.record(h, ms * 1_000_000L);
        }
        LatencyStats s = LatencyStats.of("x", h, 10);
        assertThat(s.count()).isEqualTo(1000);
        assertThat(s.throughput()).isEqualTo(100.0);
        assertThat(s.p50Ms()).isBetween(499.0, 501.0);
        assertThat(s.p99Ms()).isBetween(989.0, 991.0);
        assertThat(s.p999Ms()).isBetween(998.0, 1000.5);
        assertThat(s.maxMs()).isBetween(999.0, 1000.5);
    }

    @Test
    void targetsPassOnTheRightSide() {
        assertThat(Scenario.Metric.atLeast("a", 3000, "calls/s", 3000, null).pass()).isTrue();
        assertThat(Scenario.Metric.atLeast("a", 2999, "calls/s", 3000, null).pass()).isFalse();
        assertThat(Scenario.Metric.atMost("b", 50.1, "ms", 50, null).pass()).isFalse();
        assertThat(Scenario.Metric.atMost("b", 12, "ms", 50, null).pass()).isTrue();
        assertThat(Scenario.Metric.info("c", 1, "x", null).pass()).isNull();
    }

    @Test
    void driverOutputsBecomeScenarios() {
        Scenario p3 = DriverResults.parseP3(List.of(
                "scenario                      threads    lines    batches/s        lines/s",
                "1 hot wallet, 1 line               64        1          263            263",
                "1 hot wallet, 100 lines            64      100          250          25000",
                "1000 wallets, 1 line               64        1          574            574",
                "1000 wallets, 100 lines            64      100          300          30000",
                "CHECK hot wallets=1 lines=10 expected=-3.00 balance=-3.00 flows=-3.00 -> OK",
                "CHECK many wallets=1000 lines=10 expected=-3.00 balance=-2.70 flows=-2.70 -> LOST"));
        assertThat(p3.find("1 hot wallet, 100 lines/batch: charge lines/s").pass()).isTrue();
        assertThat(p3.find("lost updates, hot wallet").pass()).isTrue();
        assertThat(p3.find("lost updates, 1000 wallets").pass()).isFalse();
        assertThat(p3.passed()).isFalse();

        Scenario p4 = DriverResults.parseP4(List.of(
                "load (COPY): 186000 usage rows + cust_daily + source_daily, 10000000 calls in 16.7 s",
                "month close #1: 1000 accounts, 1000 statements, 6000 upstream rows in 23.6 s",
                "month close #2 (re-run): 1000 statements rebuilt in 9.3 s",
                "statements total 5051196.72 (re-run 5051196.72), expected Σ(charged × price) 5051196.72 -> EXACT"));
        assertThat(p4.find("month close").value()).isEqualTo(23.6);
        assertThat(p4.passed()).isTrue();
    }

    @Test
    void reportWritesMarkdownJsonAndCharts(@TempDir Path dir) throws Exception {
        Histogram h = LatencyStats.newHistogram();
        for (int i = 1; i <= 100; i++) {
            LatencyStats.record(h, i * 200_000L);
        }
        Scenario p1 = new Scenario("P1", "open API");
        p1.series.add(LatencyStats.of("gateway", h, 1));
        p1.metric(Scenario.Metric.atLeast("gateway calls/s", 1500, "calls/s", 3000, null));
        p1.metric(Scenario.Metric.info("direct calls/s", 2000, "calls/s", null));
        p1.write(dir);
        Scenario p6 = new Scenario("P6", "pg");
        p6.metric(Scenario.Metric.info("call: record + upstream record + charge line (32 clients) tx/s", 6000, "tx/s",
                null));
        p6.write(dir);

        List<Scenario> all = Report.load(dir);
        assertThat(all).extracting(s -> s.id).containsExactly("P1", "P6");
        Report.write(dir, all, "quick", "bench/run.sh --quick", 12);

        String md = Files.readString(dir.resolve("report.md"));
        assertThat(md).contains("| P1 | gateway calls/s | 1,500 calls/s | ≥ 3,000 calls/s | **FAIL** |");
        assertThat(md).contains("| P1 gateway calls/s | 1,500 |").contains("| 25 % |");
        assertThat(Files.readString(dir.resolve("results.json"))).contains("\"allTargetsMet\" : false");
        for (String png : List.of("throughput.png", "latency-P1.png", "ceiling.png")) {
            byte[] bytes = Files.readAllBytes(dir.resolve(png));
            assertThat(bytes.length).isGreaterThan(1000);
            assertThat(new String(bytes, 1, 3)).isEqualTo("PNG");
        }
    }
}
