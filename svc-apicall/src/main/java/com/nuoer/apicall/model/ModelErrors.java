package com.nuoer.apicall.model;

import com.nuoer.common.error.DomainError;

/** Refusals of model matching / back-testing (svc-apicall codes 40060-40069, 40460-40469, 40960-40969). */
public enum ModelErrors implements DomainError {
    EMPTY_FILE(40060, "文件为空"),
    NOT_SPREADSHEET(40061, "文件格式不支持，请上传xlsx或csv表格"),
    FILE_TOO_LARGE(40062, "文件过大"),
    WRONG_COLUMNS(40063, "未识别到匹配列，表头需包含手机号或身份证号（可选姓名）"),
    TOO_MANY_ROWS(40064, "样本行数超过上限"),
    BAD_MATCH_COLUMNS(40065, "匹配列不正确"),
    BAD_RESULT_COLUMNS(40066, "结果列不正确"),
    UNKNOWN_MODEL(40460, "模型不存在"),
    FILE_NOT_FOUND(40461, "样本文件不存在，请重新上传"),
    BACK_NAME_EXISTS(40960, "回溯样本名称已存在，如需覆盖请选择覆盖上传");

    private final int code;
    private final String message;

    ModelErrors(int code, String message) {
        this.code = code;
        this.message = message;
    }

    @Override
    public int code() {
        return code;
    }

    @Override
    public String message() {
        return message;
    }
}
