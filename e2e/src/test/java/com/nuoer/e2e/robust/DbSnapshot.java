package com.nuoer.e2e.robust;

import com.nuoer.e2e.Suite;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Row count + checksum of every business table of every service database, to prove that a rejected request wrote
 * nothing. Technical tables (outbox, inbox, locks, sessions, migrations, logs, usage aggregates of background jobs)
 * are left out, and so are tables a background job changes on its own (found by {@link #calibrate}) — including the
 * month close's generated bills and run counter, which the e2e suite fires every 20 s on both billing instances
 * (ClusterIT), svc-sales' statistics fed by usage events of earlier tests' calls, and svc-customer's scheduler claims —
 * too intermittent for the calibration to catch.
 */
public final class DbSnapshot implements AutoCloseable {

    public static final List<String> DATABASES = List.of("nuoer_customer", "nuoer_portal", "nuoer_billing",
            "nuoer_wallet", "nuoer_apicall", "nuoer_sales", "nuoer_contract");
    private static final Pattern TECHNICAL = Pattern.compile(
            "(outbox|inbox|shedlock|session|flyway|_log$|^log_|_logs$|usage|consumed|processed|event|lock|"
            + "idempot|metric|heartbeat|worker|cache|sequence|audit|bill_detail|billing_close|sales_stat|schedule_task)");

    private final Map<String, Connection> connections = new LinkedHashMap<>();
    private final Map<String, String> queries = new LinkedHashMap<>();
    private final Set<String> noisy = new LinkedHashSet<>();

    public DbSnapshot(Suite suite) throws SQLException {
        this(suite::jdbcUrl);
    }

    /** jdbcUrl: database name → JDBC URL (user postgres, no password). */
    public DbSnapshot(java.util.function.Function<String, String> jdbcUrl) throws SQLException {
        for (String db : DATABASES) {
            Connection c = DriverManager.getConnection(jdbcUrl.apply(db), "postgres", "");
            connections.put(db, c);
        }
        for (String db : DATABASES) {
            queries.put(db, buildQuery(db, tables(db)));
        }
    }

    private List<String> tables(String db) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement s = connections.get(db).createStatement(); ResultSet rs = s.executeQuery(
                "select table_name from information_schema.tables where table_schema = 'public' "
                        + "and table_type = 'BASE TABLE' order by 1")) {
            while (rs.next()) {
                String t = rs.getString(1);
                if (!TECHNICAL.matcher(t).find()) {
                    tables.add(t);
                }
            }
        }
        return tables;
    }

    private String buildQuery(String db, List<String> tables) {
        List<String> parts = new ArrayList<>();
        for (String t : tables) {
            if (noisy.contains(db + "." + t)) {
                continue;
            }
            parts.add("select '" + t + "' as t, count(*) as n, coalesce(sum(hashtext(x::text)::bigint), 0) as h from \""
                    + t + "\" x");
        }
        return parts.isEmpty() ? null : String.join(" union all ", parts);
    }

    /** table → "count/checksum" over all databases. */
    public Map<String, String> take() throws SQLException {
        Map<String, String> snapshot = new TreeMap<>();
        for (String db : DATABASES) {
            String q = queries.get(db);
            if (q == null) {
                continue;
            }
            try (Statement s = connections.get(db).createStatement(); ResultSet rs = s.executeQuery(q)) {
                while (rs.next()) {
                    snapshot.put(db + "." + rs.getString(1), rs.getLong(2) + "/" + rs.getLong(3));
                }
            }
        }
        return snapshot;
    }

    /** Tables that differ between two snapshots. */
    public static List<String> diff(Map<String, String> before, Map<String, String> after) {
        List<String> changed = new ArrayList<>();
        for (Map.Entry<String, String> e : after.entrySet()) {
            String b = before.get(e.getKey());
            if (!e.getValue().equals(b)) {
                changed.add(e.getKey() + " " + b + " -> " + e.getValue());
            }
        }
        return changed;
    }

    /** Leaves out the tables that change while nobody calls (background jobs). */
    public Set<String> calibrate(long waitMillis) throws Exception {
        Map<String, String> a = take();
        Thread.sleep(waitMillis);
        Map<String, String> b = take();
        for (String changed : diff(a, b)) {
            noisy.add(changed.substring(0, changed.indexOf(' ')));
        }
        ignore(noisy);
        return noisy;
    }

    /** Leaves tables out of further snapshots ("db.table"). */
    public void ignore(Set<String> tables) throws SQLException {
        noisy.addAll(tables);
        for (String db : DATABASES) {
            queries.put(db, buildQuery(db, tables(db)));
        }
    }

    public Set<String> ignored() {
        return noisy;
    }

    @Override
    public void close() throws SQLException {
        for (Connection c : connections.values()) {
            c.close();
        }
    }
}
