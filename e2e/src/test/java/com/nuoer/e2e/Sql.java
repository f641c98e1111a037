package com.nuoer.e2e;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Plain SQL on one service's database of the suite (checks of invariants straight at the source). */
public final class Sql {

    private final String url;

    public Sql(Suite suite, String database) {
        this.url = suite.jdbcUrl(database);
    }

    public List<Map<String, Object>> rows(String sql, Object... args) {
        try (Connection c = DriverManager.getConnection(url, "postgres", "");
             PreparedStatement ps = prepare(c, sql, args);
             ResultSet rs = ps.executeQuery()) {
            List<Map<String, Object>> rows = new ArrayList<>();
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= n; i++) {
                    row.put(rs.getMetaData().getColumnLabel(i), rs.getObject(i));
                }
                rows.add(row);
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /** The first column of the first row (null when there is none). */
    @SuppressWarnings("unchecked")
    public <T> T one(String sql, Object... args) {
        List<Map<String, Object>> rows = rows(sql, args);
        return rows.isEmpty() ? null : (T) rows.get(0).values().iterator().next();
    }

    public long count(String sql, Object... args) {
        Number n = one(sql, args);
        return n == null ? 0 : n.longValue();
    }

    public int update(String sql, Object... args) {
        try (Connection c = DriverManager.getConnection(url, "postgres", "");
             PreparedStatement ps = prepare(c, sql, args)) {
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... args) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        for (int i = 0; i < args.length; i++) {
            ps.setObject(i + 1, args[i]);
        }
        return ps;
    }
}
