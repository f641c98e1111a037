package com.nuoer.contract.contract;

import com.nuoer.common.error.DomainError;

/** Refusals of the contract context (codes inside the ranges of common-lib's ErrorCode). */
public enum ContractError implements DomainError {
    SIGNER_IDENTITY_REQUIRED(40010, "该客户为个人认证，须填写签署人姓名和身份证号"),
    FILL_DATA_MISSING(40011, "合同必填内容未填写"),
    ITEM_NOT_OF_DEPT(40012, "产品不属于该客户或未开通"),
    BAD_EXPIRE_DATE(40013, "过期日期格式应为 yyyy-MM-dd 或 yyyy-MM-dd HH:mm:ss"),
    CALLBACK_SIGNATURE_INVALID(40110, "回调签名无效"),
    FILE_LINK_INVALID(40310, "下载链接无效或已过期"),
    CONTRACT_NOT_FOUND(40410, "合同不存在"),
    DEPT_NOT_FOUND(40411, "客户开发账户不存在"),
    TEMPLATE_NOT_FOUND(40412, "合同模板不存在"),
    FLOW_NOT_FOUND(40413, "签署流程不存在"),
    FILE_NOT_FOUND(40414, "文件不存在"),
    ILLEGAL_STATE(40910, "合同当前状态不允许该操作"),
    SEQ_TAKEN(40911, "该签署版次已有待签署或已生效的合同"),
    ITEM_ALREADY_CONTRACTED(40912, "产品已签署或正在签署中"),
    SIGNER_CHANGED(40913, "合同已发起签署，如需更换签署人请先撤销合同"),
    SMS_CONTRACT_MINUTE(42910, "签署短信发送过于频繁：同一合同每分钟最多发送1次，请稍后再试"),
    SMS_CONTRACT_DAY(42911, "该合同今日签署短信发送次数已达上限"),
    SMS_MOBILE_DAY(42912, "该手机号今日接收签署短信次数已达上限");

    private final int code;
    private final String message;

    ContractError(int code, String message) {
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
