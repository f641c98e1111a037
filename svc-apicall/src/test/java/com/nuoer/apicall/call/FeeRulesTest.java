package com.nuoer.apicall.call;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeeRulesTest {

    private static FeeRules.Part part(int feeType, String price, boolean success, boolean found) {
        return new FeeRules.Part(feeType, new BigDecimal(price), success, found);
    }

    @Test
    void perQueryChargesEveryAnsweredCallPerHitOnlyFoundOnes() {
        assertThat(FeeRules.simple(part(10, "0.25", true, false)).chargeable()).isTrue();
        assertThat(FeeRules.simple(part(10, "0.25", false, false)).chargeable()).isFalse();
        assertThat(FeeRules.simple(part(20, "0.20", true, false)).chargeable()).isFalse();
        assertThat(FeeRules.simple(part(20, "0.20", true, true)).fee()).isEqualByComparingTo("0.20");
    }

    @Test
    void fusionBySubItemsSumsTheChargeableSubItemsFixedPriceChargesTheParentOnce() {
        List<FeeRules.Part> subs = List.of(part(10, "0.25", true, true), part(20, "0.20", true, false),
                part(10, "0.40", false, false));
        assertThat(FeeRules.fusion(10, part(10, "1.50", true, true), subs).fee()).isEqualByComparingTo("0.25");
        assertThat(FeeRules.fusion(20, part(10, "1.50", true, true), subs).fee()).isEqualByComparingTo("1.50");
        assertThat(FeeRules.fusion(10, part(10, "1.50", true, false), List.of(part(20, "0.2", true, false))).chargeable())
                .isFalse();
    }
}
