package com.nuoer.apicall.catalog;

import com.nuoer.common.error.BizException;

/** Domain refusals of the catalogue (409xx: conflict or "confirm first"; the HTTP status comes from the range). */
public enum CatalogErrors {
    /** changeState without {@code confirmed=true}: the answer's data previews what will happen. */
    CONFIRM_STATE_CHANGE(40910, "请确认产品状态变更后再提交（confirmed=true）"),
    CHECK_ITEM_EXISTS(40920, "产品编码已存在"),
    NOT_FUSION(40921, "该产品不是聚合产品，不能设置默认子项"),
    SUB_ITEM_IS_FUSION(40922, "聚合产品不能作为子项"),
    USED_AS_SUB_ITEM(40923, "该产品是聚合产品的默认子项"),
    DELETE_ON_SHELF(40924, "已上架的产品不能删除，请先下架"),
    HAS_SUB_ITEMS(40925, "聚合产品仍有默认子项，请先清空子项"),
    STATE_CHANGE_CANCELLED(40926, "该产品状态变更已取消（已被新的变更取代）"),
    STATE_CHANGE_FAILED(40927, "该产品状态变更执行失败"),
    STATE_CHANGE_NOT_PENDING(40928, "只有未执行的产品状态变更可以取消"),
    DATA_SOURCE_EXISTS(40930, "数据源编号已存在"),
    DATA_SOURCE_CODE_IMMUTABLE(40931, "数据源编号不可修改"),
    DATA_SOURCE_IN_USE(40932, "数据源仍被上游配置使用，不能删除"),
    DATA_SOURCE_BUILTIN(40933, "内置数据源不能删除"),
    UPSTREAM_EXISTS(40940, "该产品在该数据源和场景下已有上游配置"),
    UPSTREAM_IMMUTABLE(40941, "上游配置的产品和数据源不可修改");

    private final int code;
    private final String message;

    CatalogErrors(int code, String message) {
        this.code = code;
        this.message = message;
    }

    public int code() {
        return code;
    }

    public String message() {
        return message;
    }

    public BizException exception() {
        return new BizException(code, message);
    }

    public BizException exception(String detail) {
        return new BizException(code, detail);
    }

    public BizException exception(String detail, Object data) {
        return new BizException(code, detail, data);
    }
}
