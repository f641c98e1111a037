package com.nuoer.billing.statement;

import java.util.Arrays;

/** StatementState (domain.md §3.1/§3.2): 0 待核准, 10 待确认, 20 已确认, 30 已归档, -1 已作废. */
public enum StatementState {
    WAIT_RECHECK(0, "待核准"),
    WAIT_CONFIRM(10, "待确认"),
    CONFIRMED(20, "已确认"),
    ARCHIVED(30, "已归档"),
    INVALID(-1, "已作废");

    private final int code;
    private final String label;

    StatementState(int code, String label) {
        this.code = code;
        this.label = label;
    }

    public int code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static StatementState of(int code) {
        return Arrays.stream(values()).filter(s -> s.code == code).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown statement state " + code));
    }

    public static String labelOf(Integer code) {
        return code == null ? null : Arrays.stream(values()).filter(s -> s.code == code).findFirst()
                .map(StatementState::label).orElse(String.valueOf(code));
    }

    /** PaymentState 0 未回款, 10 部分回款, 20 已回款. */
    public static String paymentLabel(Integer code) {
        if (code == null) {
            return null;
        }
        return switch (code) {
            case 20 -> "已回款";
            case 10 -> "部分回款";
            default -> "未回款";
        };
    }
}
