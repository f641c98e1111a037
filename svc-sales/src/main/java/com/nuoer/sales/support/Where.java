package com.nuoer.sales.support;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** A small builder of SQL where clauses with positional arguments (list queries with many optional filters). */
public final class Where {

    private final List<String> parts = new ArrayList<>();
    private final List<Object> args = new ArrayList<>();

    public Where and(String condition, Object... values) {
        parts.add(condition);
        args.addAll(List.of(values));
        return this;
    }

    public Where andIf(boolean when, String condition, Object... values) {
        return when ? and(condition, values) : this;
    }

    /** {@code column in (?, ?, ...)}; an empty collection matches nothing; null is no filter. */
    public Where in(String column, Collection<?> values) {
        if (values == null) {
            return this;
        }
        if (values.isEmpty()) {
            parts.add("false");
            return this;
        }
        parts.add(column + " in (" + String.join(",", java.util.Collections.nCopies(values.size(), "?")) + ")");
        args.addAll(values);
        return this;
    }

    public Where notIn(String column, Collection<?> values) {
        if (values == null || values.isEmpty()) {
            return this;
        }
        parts.add(column + " not in (" + String.join(",", java.util.Collections.nCopies(values.size(), "?")) + ")");
        args.addAll(values);
        return this;
    }

    public String sql() {
        return parts.isEmpty() ? " where true" : " where " + String.join(" and ", parts);
    }

    public Object[] args(Object... more) {
        List<Object> all = new ArrayList<>(args);
        all.addAll(List.of(more));
        return all.toArray();
    }

    public static String like(String keyword) {
        return "%" + keyword.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    public static boolean has(String s) {
        return s != null && !s.isBlank();
    }

    public static boolean has(Collection<?> c) {
        return c != null && !c.isEmpty();
    }
}
