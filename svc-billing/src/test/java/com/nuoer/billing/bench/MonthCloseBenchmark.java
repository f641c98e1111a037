package com.nuoer.billing.bench;

import com.nuoer.billing.BillingApplication;
import com.nuoer.billing.statement.MonthClose;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Random;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Month close over generated data (NOT a test; results in bench/README-billing.md). Boots svc-billing (random port,
 * no demo data) on database {@code nuoer_billing_bench}, loads with COPY one month of usage for {@code accounts}
 * developer accounts × 6 products × every day (usage_day snapshots with one or two price lines, plus their
 * cust_daily and source_daily rows) adding up to {@code calls} API calls, then times MonthClose twice (the first
 * close, and the re-run that must change nothing) and checks that the statements add up to Σ(charged × price)
 * computed while generating.
 *
 * <p>Args (optional): accounts calls. Defaults 1000 10000000.
 */
public final class MonthCloseBenchmark {

    private static final String[] ITEMS = {"ID2_CHECK", "ID3_FACE", "MOBILE3_CHECK", "MOBILE_ONLINE_TIME",
            "MOBILE_STATUS", "ENT_BASIC"};
    private static final long FIRST_DEPT = 90_000_000L;

    private MonthCloseBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int accounts = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        long calls = args.length > 1 ? Long.parseLong(args[1]) : 10_000_000L;
        System.setProperty("nuoer.db.name", "nuoer_billing_bench");
        System.setProperty("server.port", "0");
        System.setProperty("spring.flyway.locations", "classpath:db/migration,classpath:db/common");
        System.setProperty("logging.level.root", "WARN");
        ConfigurableApplicationContext ctx = new SpringApplicationBuilder(BillingApplication.class).run();
        try {
            JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
            YearMonth month = YearMonth.of(2040, 1);
            clean(jdbc, month);
            long t0 = System.nanoTime();
            BigDecimal expected = load(ctx.getBean(DataSource.class), jdbc, month, accounts, calls);
            long t1 = System.nanoTime();
            jdbc.execute("analyze usage_day");
            jdbc.execute("analyze bill_detail");
            MonthClose close = ctx.getBean(MonthClose.class);
            long t2 = System.nanoTime();
            MonthClose.Result first = close.close(month);
            long t3 = System.nanoTime();
            BigDecimal total1 = total(jdbc, month);
            MonthClose.Result second = close.close(month);
            long t4 = System.nanoTime();
            BigDecimal total2 = total(jdbc, month);
            System.out.printf("load (COPY): %d usage rows + cust_daily + source_daily, %d calls in %.1f s%n",
                    (long) accounts * ITEMS.length * month.lengthOfMonth(), calls, (t1 - t0) / 1e9);
            System.out.printf("month close #1: %d accounts, %d statements, %d upstream rows in %.1f s%n",
                    first.accounts(), first.statementsBuilt(), first.sourceRows(), (t3 - t2) / 1e9);
            System.out.printf("month close #2 (re-run): %d statements rebuilt in %.1f s%n", second.statementsBuilt(),
                    (t4 - t3) / 1e9);
            System.out.printf("statements total %s (re-run %s), expected Σ(charged × price) %s -> %s%n",
                    total1.toPlainString(), total2.toPlainString(), expected.toPlainString(),
                    total1.compareTo(expected) == 0 && total2.compareTo(expected) == 0 ? "EXACT" : "MISMATCH");
        } finally {
            ctx.close();
        }
    }

    private static BigDecimal total(JdbcTemplate jdbc, YearMonth month) {
        return jdbc.queryForObject("select coalesce(sum(total_amount), 0) from bill_statement where bill_date = ? "
                + "and dept_id >= ?", BigDecimal.class, month.toString(), FIRST_DEPT);
    }

    private static void clean(JdbcTemplate jdbc, YearMonth month) {
        jdbc.update("delete from usage_day where usage_date between ? and ?", month.atDay(1), month.atEndOfMonth());
        jdbc.update("delete from bill_detail where bill_date like ?", month + "%");
        jdbc.update("delete from bill_send_record where statement_id in (select id from bill_statement where bill_date = ?)",
                month.toString());
        jdbc.update("delete from bill_statement where bill_date = ?", month.toString());
        jdbc.update("delete from billing_close where period like ?", month + "%");
        jdbc.update("delete from dept_view where dept_id >= ?", FIRST_DEPT);
    }

    /** COPYs the month's usage; returns Σ round2(charged × price) per (account, product, price), as statements sum. */
    private static BigDecimal load(DataSource ds, JdbcTemplate jdbc, YearMonth month, int accounts, long calls)
            throws Exception {
        Random random = new Random(42);
        int days = month.lengthOfMonth();
        long rows = (long) accounts * ITEMS.length * days;
        long perRow = Math.max(1, calls / rows);
        BigDecimal expected = BigDecimal.ZERO;
        StringBuilder depts = new StringBuilder();
        for (int a = 0; a < accounts; a++) {
            long dept = FIRST_DEPT + a;
            depts.append(dept).append(',').append(dept).append(',').append(dept).append(",压测客户").append(a)
                    .append(",bench_app_").append(dept).append(",bench").append(a).append("@bench.example,")
                    .append(a % 5 == 0 ? 20 : 0).append('\n');
        }
        try (Connection c = ds.getConnection()) {
            PGConnection pg = c.unwrap(PGConnection.class);
            pg.getCopyAPI().copyIn("copy dept_view (dept_id, organization_id, user_id, dept_name, app_id, emails, "
                    + "overdraft_type) from stdin with (format csv)", new StringReader(depts.toString()));
            long remaining = calls;
            for (int a = 0; a < accounts; a++) {
                long dept = FIRST_DEPT + a;
                StringBuilder usage = new StringBuilder();
                StringBuilder daily = new StringBuilder();
                StringBuilder source = new StringBuilder();
                // per product: a price in force, changing on a random day for one product in three
                for (int p = 0; p < ITEMS.length; p++) {
                    BigDecimal price1 = BigDecimal.valueOf(10 + random.nextInt(80), 2);
                    BigDecimal price2 = p % 3 == 0 ? price1.add(new BigDecimal("0.05")) : price1;
                    int changeDay = 1 + random.nextInt(days);
                    long charged1 = 0;
                    long charged2 = 0;
                    for (int d = 1; d <= days; d++) {
                        long n = a == accounts - 1 && p == ITEMS.length - 1 && d == days ? Math.max(0, remaining)
                                : Math.min(remaining, perRow / 2 + random.nextInt((int) Math.max(1, perRow)));
                        remaining -= n;
                        long free = d == 1 ? Math.min(n, 20) : 0;
                        long charged = n - free - n / 50;
                        long before = d < changeDay ? charged : d == changeDay ? charged / 2 : 0;
                        long after = charged - before;
                        charged1 += before;
                        charged2 += after;
                        BigDecimal fee = price1.multiply(BigDecimal.valueOf(before))
                                .add(price2.multiply(BigDecimal.valueOf(after))).setScale(2, RoundingMode.HALF_UP);
                        String lines = "[" + (before > 0 ? "{\"price\": " + price1 + ", \"count\": " + before + "}" : "")
                                + (before > 0 && after > 0 ? ", " : "")
                                + (after > 0 ? "{\"price\": " + price2 + ", \"count\": " + after + "}" : "") + "]";
                        LocalDate day = month.atDay(d);
                        BigDecimal cost = new BigDecimal("0.10").multiply(BigDecimal.valueOf(charged));
                        usage.append(day).append(',').append(dept).append(',').append(ITEMS[p]).append(',')
                                .append(ITEMS[p]).append(",bench_app_").append(dept).append(',').append(dept).append(',')
                                .append(dept).append(',').append(n).append(',').append(n - n / 50).append(",0,")
                                .append(free).append(',').append(charged).append(',').append(fee).append(",\"")
                                .append(lines.replace("\"", "\"\"")).append("\",\"[]\",1,true\n");
                        daily.append(day).append(",cust_daily,").append(dept).append(",bench_app_").append(dept)
                                .append(',').append(ITEMS[p]).append(',').append(ITEMS[p]).append(',').append(n)
                                .append(',').append(free).append(',').append(charged).append(',').append(price2)
                                .append(',').append(fee).append(",0,").append(fee).append(",0\n");
                        source.append(day).append(",source_daily,").append(dept).append(",bench_app_").append(dept)
                                .append(',').append(ITEMS[p]).append(',').append(ITEMS[p]).append(",2,华信数据,HUAXIN_DATA,")
                                .append(2 + p).append(',').append(n).append(',').append(charged).append(",0.1000,")
                                .append(cost).append('\n');
                    }
                    expected = expected.add(price1.multiply(BigDecimal.valueOf(charged1)).setScale(2, RoundingMode.HALF_UP));
                    if (price2.compareTo(price1) != 0) {
                        expected = expected.add(price2.multiply(BigDecimal.valueOf(charged2))
                                .setScale(2, RoundingMode.HALF_UP));
                    } else {
                        // one price all month: the statement has one line for both parts
                        expected = expected.subtract(price1.multiply(BigDecimal.valueOf(charged1))
                                .setScale(2, RoundingMode.HALF_UP)).add(price1.multiply(BigDecimal.valueOf(charged1
                                + charged2)).setScale(2, RoundingMode.HALF_UP));
                    }
                }
                pg.getCopyAPI().copyIn("copy usage_day (usage_date, dept_id, check_item, check_item_name, app_id, "
                        + "organization_id, user_id, call_count, success_count, cache_count, free_count, charge_count, "
                        + "fee, lines, upstreams, version, closed) from stdin with (format csv)",
                        new StringReader(usage.toString()));
                pg.getCopyAPI().copyIn("copy bill_detail (bill_date, bill_type, dept_id, app_id, check_item, "
                        + "check_item_name, count, free_count, charge_count, price, total_fee, total_cost, "
                        + "settled_amount, receivable_amount) from stdin with (format csv)",
                        new StringReader(daily.toString()));
                pg.getCopyAPI().copyIn("copy bill_detail (bill_date, bill_type, dept_id, app_id, check_item, "
                        + "check_item_name, data_source_id, data_source, data_source_code, check_config_id, count, "
                        + "charge_count, price, total_cost) from stdin with (format csv)",
                        new StringReader(source.toString()));
            }
        }
        return expected;
    }
}
