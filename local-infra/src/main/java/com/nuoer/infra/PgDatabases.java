package com.nuoer.infra;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.regex.Pattern;

/** Plain-JDBC helpers for any PostgreSQL server (embedded, container or external). */
public final class PgDatabases {

    private static final Pattern SAFE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    /** SQLSTATE duplicate_database: another JVM created it between our check and our CREATE. */
    private static final String DUPLICATE_DATABASE = "42P04";
    /** SQLSTATE unique_violation on pg_database: same race, reported differently. */
    private static final String UNIQUE_VIOLATION = "23505";

    private PgDatabases() {
    }

    /**
     * Creates database {@code name} unless it exists, connecting to the {@code postgres} maintenance database
     * of the server at {@code baseUrl} ({@code jdbc:postgresql://host:port/}).
     *
     * @return true if it was created now, false if it already existed
     */
    public static boolean createDatabaseIfMissing(String baseUrl, String user, String password, String name) {
        requireSafeName(name);
        try (Connection c = connect(jdbcUrl(baseUrl, "postgres"), user, password)) {
            try (PreparedStatement ps = c.prepareStatement("select 1 from pg_database where datname = ?")) {
                ps.setString(1, name);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        return false;
                    }
                }
            }
            try (Statement st = c.createStatement()) {
                st.execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
                return true;
            } catch (SQLException e) {
                if (DUPLICATE_DATABASE.equals(e.getSQLState()) || UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    return false;
                }
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name + " at " + baseUrl + ": " + e.getMessage(), e);
        }
    }

    /** {@code baseUrl} ({@code jdbc:postgresql://host:port[/...]}) pointed at database {@code db}. */
    public static String jdbcUrl(String baseUrl, String db) {
        String prefix = "jdbc:postgresql://";
        if (!baseUrl.startsWith(prefix)) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL: " + baseUrl);
        }
        String rest = baseUrl.substring(prefix.length());
        String query = "";
        int q = rest.indexOf('?');
        if (q >= 0) {
            query = rest.substring(q);
            rest = rest.substring(0, q);
        }
        int slash = rest.indexOf('/');
        String authority = slash >= 0 ? rest.substring(0, slash) : rest;
        return prefix + authority + "/" + db + query;
    }

    /** Opens a connection (the caller closes it). */
    public static Connection connect(String url, String user, String password) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", user);
        if (password != null && !password.isEmpty()) {
            props.setProperty("password", password);
        }
        props.setProperty("connectTimeout", "10");
        // the driver directly, not DriverManager: no dependence on which class loader registered it (fat jar, tests)
        Connection c = new org.postgresql.Driver().connect(url, props);
        if (c == null) {
            throw new SQLException("URL not accepted by the PostgreSQL driver: " + url);
        }
        return c;
    }

    static void requireSafeName(String name) {
        if (name == null || !SAFE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("database name must match " + SAFE_NAME + ": " + name);
        }
    }
}
