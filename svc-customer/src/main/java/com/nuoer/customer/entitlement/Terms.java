package com.nuoer.customer.entitlement;

import java.math.BigDecimal;

/** The price and extra fields of an accreditation/edit/audit; a null keeps the current value. */
public record Terms(Integer chargeType, Integer feeType, BigDecimal fee, String feeDetail, Integer freeCount,
                    String applyRemark, String orgCode, BigDecimal riskThreshold, String usedVersion,
                    Boolean isHidden) {

    public static Terms none() {
        return new Terms(null, null, null, null, null, null, null, null, null, null);
    }
}
