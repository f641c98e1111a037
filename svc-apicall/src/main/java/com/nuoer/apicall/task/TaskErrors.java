package com.nuoer.apicall.task;

import com.nuoer.common.error.DomainError;

/** Refusals of test calls and batch tasks (svc-apicall codes 40080-40089, 40480-40489, 40980-40989). */
public enum TaskErrors implements DomainError {
    EMPTY_FILE(40080, "文件为空，请上传有内容的xlsx或csv文件"),
    NOT_SPREADSHEET(40081, "文件格式不支持，请上传xlsx或csv表格"),
    FILE_TOO_LARGE(40082, "文件过大"),
    WRONG_COLUMNS(40083, "表头缺少该产品需要的列"),
    BAD_ROWS(40084, "样本数据有误"),
    TOO_MANY_ROWS(40085, "样本行数超过上限"),
    BAD_ENCRYPTION(40086, "该产品不支持此加密方式"),
    BAD_PARAMS(40087, "请求参数错误"),
    TASK_NOT_FOUND(40480, "任务不存在"),
    PRODUCT_UNKNOWN(40481, "产品不存在"),
    NO_DEVELOPER_ACCOUNT(40980, "尚未开通开发者账号"),
    PRODUCT_NOT_OPENED(40981, "未开通该产品"),
    ILLEGAL_STATE(40982, "任务当前状态不允许此操作"),
    NO_RESULT(40983, "任务尚未完成，暂无结果");

    private final int code;
    private final String message;

    TaskErrors(int code, String message) {
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
