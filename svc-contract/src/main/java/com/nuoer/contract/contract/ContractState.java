package com.nuoer.contract.contract;

import java.util.Set;

/**
 * ContractState codes (domain.md §3.1/§3.2), the same for the contract row and the deptItem's {@code contractState}:
 * -10 已拒签, -1 已取消, 0 未发起 (draft with preview), 50 待签署, 80 已线下签署, 100 已签署.
 */
public final class ContractState {

    public static final int REJECTED = -10;
    public static final int CANCELLED = -1;
    public static final int DRAFT = 0;
    public static final int PENDING = 50;
    public static final int MANUAL_SIGNED = 80;
    public static final int SIGNED = 100;

    /** States in which a contract holds its products (they are no longer "unsigned"). */
    public static final Set<Integer> HOLDING = Set.of(PENDING, MANUAL_SIGNED, SIGNED);
    /** States of a contract in force (expiry applies). */
    public static final Set<Integer> EFFECTIVE = Set.of(MANUAL_SIGNED, SIGNED);

    private ContractState() {
    }

    public static String label(int state) {
        return switch (state) {
            case REJECTED -> "已拒签";
            case CANCELLED -> "已取消";
            case DRAFT -> "未发起";
            case PENDING -> "待签署";
            case MANUAL_SIGNED -> "已线下签署";
            case SIGNED -> "已签署";
            default -> String.valueOf(state);
        };
    }
}
