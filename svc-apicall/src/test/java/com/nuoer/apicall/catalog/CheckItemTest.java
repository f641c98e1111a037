package com.nuoer.apicall.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nuoer.common.error.BizException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The product's own rules, without Spring. */
class CheckItemTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 29, 10, 0);

    private static CheckItemSpec spec(String name, Boolean fusion, BigDecimal price, BigDecimal floor) {
        return new CheckItemSpec(name, 200, null, null, null, null, price, floor, null, fusion, null, null, null);
    }

    private static int code(Runnable r) {
        try {
            r.run();
            return 0;
        } catch (BizException e) {
            return e.code();
        }
    }

    @Test
    void aNewProductStartsOffTheShelfWithPlainTextEncryption() {
        CheckItem item = CheckItem.create("X1", spec("产品", null, null, null), 1L, NOW);
        assertThat(item.state()).isEqualTo(CheckItemState.DOWN);
        assertThat(item.encryptableList()).containsExactly(1);
        assertThat(item.snapshot().isOpen()).isEqualTo(1);
    }

    @Test
    void theFloorPriceCannotExceedThePrice() {
        assertThat(code(() -> CheckItem.create("X1", spec("产品", null, new BigDecimal("1"), new BigDecimal("2")), 1L,
                NOW))).isEqualTo(40001);
    }

    @Test
    void changingToTheSameStateChangesNothing() {
        CheckItem item = CheckItem.create("X1", spec("产品", null, null, null), 1L, NOW);
        assertThat(item.changeState(CheckItemState.DOWN, NOW)).isFalse();
        assertThat(item.changeState(CheckItemState.ABNORMAL, NOW)).isTrue();
        assertThat(item.state().callable()).isTrue();
    }

    @Test
    void fusionRules() {
        CheckItem plain = CheckItem.create("P1", spec("产品", false, null, null), 1L, NOW);
        assertThat(code(() -> plain.replaceSubItems(List.of("A"), NOW))).isEqualTo(40921);
        CheckItem fusion = CheckItem.create("F1", spec("聚合", true, null, null), 1L, NOW);
        assertThat(code(() -> fusion.replaceSubItems(List.of("F1"), NOW))).isEqualTo(40922);
        fusion.replaceSubItems(List.of("A", "B"), NOW);
        assertThat(fusion.getSubItems()).containsExactly("A", "B");
        assertThat(code(() -> fusion.apply(spec(null, false, null, null), NOW))).isEqualTo(40925);
    }

    @Test
    void onlyProductsOffTheShelfCanBeDeleted() {
        CheckItem item = CheckItem.create("X1", spec("产品", null, null, null), 1L, NOW);
        item.changeState(CheckItemState.UP, NOW);
        assertThatThrownBy(() -> item.delete(NOW)).isInstanceOf(BizException.class)
                .extracting(e -> ((BizException) e).code()).isEqualTo(40924);
        item.changeState(CheckItemState.DOWN, NOW);
        item.delete(NOW);
        assertThat(item.isDeleted()).isTrue();
        assertThat(item.snapshot().isOpen()).isZero();
    }
}
