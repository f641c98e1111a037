package com.nuoer.customer.entitlement;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/** The seed's adjustment record (adjustList, adjusting, schedule taskDetail). */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record AdjustView(Long id, LocalDateTime createDate, LocalDateTime updateDate, Long deptId, String deptName,
                         Long deptItemId, String checkItem, String itemName, Integer state, BigDecimal beforeFee,
                         String beforeFeeDetail, Integer beforeChargeType, Integer beforeFeeType, BigDecimal afterFee,
                         String afterFeeDetail, Integer afterChargeType, Integer afterFeeType, LocalDateTime planTime,
                         LocalDateTime effectTime) {

    static final String COLUMNS = """
            a.id, a.create_date, a.update_date, a.dept_id, d.dept_name, a.dept_item_id, a.check_item, a.item_name,
            a.state, a.before_fee, a.before_fee_detail, a.before_charge_type, a.before_fee_type, a.after_fee,
            a.after_fee_detail, a.after_charge_type, a.after_fee_type, a.plan_time, a.effect_time, a.task_id""";

    static AdjustView row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new AdjustView(rs.getLong("id"), ts(rs, "create_date"), ts(rs, "update_date"), rs.getLong("dept_id"),
                rs.getString("dept_name"), rs.getLong("dept_item_id"), rs.getString("check_item"),
                rs.getString("item_name"), rs.getInt("state"), rs.getBigDecimal("before_fee"),
                rs.getString("before_fee_detail"), (Integer) rs.getObject("before_charge_type"),
                (Integer) rs.getObject("before_fee_type"), rs.getBigDecimal("after_fee"),
                rs.getString("after_fee_detail"), (Integer) rs.getObject("after_charge_type"),
                (Integer) rs.getObject("after_fee_type"), ts(rs, "plan_time"), ts(rs, "effect_time"));
    }

    static LocalDateTime ts(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        java.sql.Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toLocalDateTime();
    }
}
