package com.nuoer.apicall.record;

import java.util.List;

/** Which developer accounts a caller may see: all (crm) or a fixed list (beeback: its own; sales: its customers'). */
public record RecordScope(List<Long> deptIds) {

    public static RecordScope all() {
        return new RecordScope(null);
    }

    public static RecordScope of(List<Long> deptIds) {
        return new RecordScope(deptIds == null ? List.of() : List.copyOf(deptIds));
    }

    public boolean unrestricted() {
        return deptIds == null;
    }
}
