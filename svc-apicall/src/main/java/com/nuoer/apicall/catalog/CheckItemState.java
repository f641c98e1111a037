package com.nuoer.apicall.catalog;

import com.nuoer.common.error.BizException;
import com.nuoer.common.error.ErrorCode;

/**
 * CheckItemState (domain.md §3.1): the seed's int codes -1 已下架 / 10 已上架 / 5 异常 with the enum names the seed uses
 * as {@code toState} examples. Every state may change to every other one (§3.2: 10 ↔ 5 ↔ -1, 10 ↔ -1).
 */
public enum CheckItemState {
    DOWN(-1, "已下架"),
    UP(10, "已上架"),
    ABNORMAL(5, "异常");

    private final int code;
    private final String label;

    CheckItemState(int code, String label) {
        this.code = code;
        this.label = label;
    }

    public int code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** Products that can be called (F4-9 gating: state ∈ {10, 5}). */
    public boolean callable() {
        return this != DOWN;
    }

    public static CheckItemState of(int code) {
        for (CheckItemState s : values()) {
            if (s.code == code) {
                return s;
            }
        }
        throw new BizException(ErrorCode.VALIDATION_FAILED, "state: 取值必须是 -1(下架)、10(上架)、5(异常) 之一");
    }
}
