package com.nuoer.customer.entitlement;

import com.nuoer.common.audit.AuditTrail;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Audit log entries of price changes of an authorised product (accredit, audit pass, edit, free count, scheduled
 * adjustment): the pricing fields before and after, inside the transaction of the change.
 */
@Component
public class DeptItemAudit {

    private final AuditTrail audit;

    public DeptItemAudit(AuditTrail audit) {
        this.audit = audit;
    }

    /** The audited (pricing) fields of an item; null for an item that does not exist yet. */
    public static Map<String, Object> prices(DeptItem d) {
        if (d == null) {
            return null;
        }
        return AuditTrail.fields("deptId", d.getDeptId(), "checkItem", d.getCheckItem(), "state", d.getState(),
                "chargeType", d.getChargeType(), "feeType", d.getFeeType(), "fee", d.getFee(),
                "feeDetail", d.getFeeDetail(), "freeCount", d.getFreeCount());
    }

    public void record(String action, DeptItem after, Map<String, Object> before) {
        audit.record(action, "deptItem", after.getId(), before, prices(after));
    }

    /** A price adjustment request: applied now, waiting for its effect time, or waiting for ops approval. */
    public void adjusted(DeptItem item, Map<String, Object> before, Long adjustId, Object fee, Object feeDetail,
                         Object effectTime, boolean needsApproval) {
        Map<String, Object> after = prices(item);
        after.put("adjust", AuditTrail.fields("adjustId", adjustId, "fee", fee, "feeDetail", feeDetail,
                "effectTime", effectTime, "needsApproval", needsApproval));
        audit.record("deptItem.adjust", "deptItem", item.getId(), before, after);
    }
}
