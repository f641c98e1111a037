package com.nuoer.apicall.record;

import java.util.List;

/**
 * Which developer accounts a caller may see: all (crm), its customers' (sales: the request's deptIdList narrows
 * within them) or its own (beeback: the request's deptIdList is 「无需传递」 and ignored).
 */
public record RecordScope(List<Long> deptIds, boolean ignoreRequested) {

    public static RecordScope all() {
        return new RecordScope(null, false);
    }

    public static RecordScope of(List<Long> deptIds) {
        return new RecordScope(deptIds == null ? List.of() : List.copyOf(deptIds), false);
    }

    public static RecordScope own(Long deptId) {
        return new RecordScope(deptId == null ? List.of() : List.of(deptId), true);
    }

    public boolean unrestricted() {
        return deptIds == null;
    }
}
