package com.nuoer.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** JDBC connections to the suite's PostgreSQL (loopback, user postgres, trust auth as local-infra runs it). */
public final class Db {

    private Db() {
    }

    public static Connection connect(int port, String database) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/" + database, "postgres", "");
    }

    public static long scalarLong(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    public static String scalarString(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    public static void exec(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** Creates the database unless it exists. */
    public static void ensureDatabase(int port, String name) throws SQLException {
        try (Connection c = connect(port, "postgres")) {
            if (scalarLong(c, "select count(*) from pg_database where datname = '" + name + "'") == 0) {
                exec(c, "create database " + name);
            }
        }
    }

    public static void dropDatabase(int port, String name) throws SQLException {
        try (Connection c = connect(port, "postgres")) {
            exec(c, "drop database if exists " + name + " with (force)");
        }
    }
}
