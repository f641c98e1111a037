package com.nuoer.wallet.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nuoer.common.error.BizException;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The wallet entity's rules, without Spring. */
class WalletRulesTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 29, 10, 0);

    private static Wallet wallet(long id, boolean isDefault, String balance) throws Exception {
        Wallet w = Wallet.open(1L, 100001L, 3L, "杭州演示科技有限公司", null, null, List.of(), 1L, NOW);
        set(w, "id", id);
        set(w, "isDefault", isDefault);
        set(w, "balance", new BigDecimal(balance));
        return w;
    }

    private static void set(Wallet w, String field, Object value) throws Exception {
        Field f = Wallet.class.getDeclaredField(field);
        f.setAccessible(true);
        f.set(w, value);
    }

    private static int code(Runnable r) {
        try {
            r.run();
        } catch (BizException e) {
            return e.code();
        }
        return 0;
    }

    @Test
    void loweringTheOverdraftBelowTheCurrentBalanceIsRefused() throws Exception {
        Wallet w = wallet(1, true, "-300.00");
        assertThat(code(() -> w.configureOverdraft(10, new BigDecimal("200"), NOW))).isEqualTo(40912);
        assertThat(code(() -> w.configureOverdraft(0, null, NOW))).isEqualTo(40912);
        w.configureOverdraft(10, new BigDecimal("300"), NOW);
        assertThat(w.getOverdraftState()).isEqualTo(10);
        w.configureOverdraft(20, null, NOW);            // 月结 has no floor
        assertThat(w.getOverdraftState()).isEqualTo(20);
        assertThat(code(() -> w.configureOverdraft(30, null, NOW))).isEqualTo(40001);
    }

    @Test
    void theDefaultWalletCannotBeMergedAwayNorAWalletIntoItself() throws Exception {
        Wallet main = wallet(1, true, "0");
        Wallet extra = wallet(2, false, "10");
        assertThat(code(() -> main.closeInto(extra, NOW))).isEqualTo(40914);
        assertThat(code(() -> extra.closeInto(extra, NOW))).isEqualTo(40913);
        extra.closeInto(main, NOW);
        assertThat(extra.isClosed()).isTrue();
        assertThat(extra.getMergedInto()).isEqualTo(1L);
        assertThatThrownBy(() -> extra.closeInto(main, NOW)).isInstanceOf(BizException.class);
        assertThat(code(() -> extra.configureForewarn(BigDecimal.TEN, List.of(), NOW))).isEqualTo(40911);
    }

    @Test
    void forewarnContactsAreStoredOnceEach() throws Exception {
        Wallet w = wallet(1, true, "0");
        w.configureForewarn(new BigDecimal("100"), List.of(301L, 302L, 301L), NOW);
        assertThat(w.contactIds()).containsExactly(301L, 302L);
        assertThat(w.getForewarnThreshold()).isEqualByComparingTo("100");
    }

    @Test
    void availableFollowsTheOverdraftState() {
        assertThat(new WalletSnapshot(1, 1L, 1L, true, null, new BigDecimal("-5"), 10, new BigDecimal("100"), 10, 1,
                false).available()).isEqualByComparingTo("95");
        assertThat(new WalletSnapshot(1, 1L, 1L, true, null, new BigDecimal("0"), 0, BigDecimal.ZERO, 10, 1,
                false).exhausted()).isTrue();
        assertThat(new WalletSnapshot(1, 1L, 1L, true, null, new BigDecimal("-500"), 20, BigDecimal.ZERO, 10, 1,
                false).exhausted()).isFalse();
    }
}
