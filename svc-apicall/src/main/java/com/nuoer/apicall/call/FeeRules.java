package com.nuoer.apicall.call;

import java.math.BigDecimal;
import java.util.List;

/**
 * The fee rules of flow F5-5, without state: a call is chargeable when it was answered and — for 查得计费
 * (feeType 20) — data was found; 查询计费 (10) charges every answered query. Fusion products: chargeType 20 (一口价)
 * charges the parent's price once by the parent's fee type; chargeType 10 (按子项) charges the sum of the sub-items
 * that are chargeable by their own fee types. The free count is consumed before any fee (by the recorder).
 */
public final class FeeRules {

    public static final int FEE_PER_QUERY = 10;
    public static final int FEE_PER_HIT = 20;
    public static final int CHARGE_BY_SUB_ITEMS = 10;
    public static final int CHARGE_FIXED = 20;

    /** One priced part of an answer: the fee type and price in force, whether it was answered and found. */
    public record Part(int feeType, BigDecimal price, boolean success, boolean found) {
    }

    /** {@code chargeable} before the free count; {@code fee} the amount if charged. */
    public record Decision(boolean chargeable, BigDecimal fee) {
    }

    private FeeRules() {
    }

    public static boolean chargeable(int feeType, boolean success, boolean found) {
        return success && (feeType != FEE_PER_HIT || found);
    }

    public static Decision simple(Part p) {
        boolean c = chargeable(p.feeType(), p.success(), p.found());
        return new Decision(c, c ? nz(p.price()) : BigDecimal.ZERO);
    }

    public static Decision fusion(Integer chargeType, Part parent, List<Part> subs) {
        if (chargeType == null || chargeType != CHARGE_BY_SUB_ITEMS) {
            return simple(parent);
        }
        BigDecimal sum = BigDecimal.ZERO;
        boolean any = false;
        for (Part s : subs) {
            if (chargeable(s.feeType(), s.success(), s.found())) {
                sum = sum.add(nz(s.price()));
                any = true;
            }
        }
        return new Decision(any, sum);
    }

    private static BigDecimal nz(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }
}
