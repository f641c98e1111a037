package com.nuoer.customer.developer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nuoer.common.error.BizException;
import com.nuoer.customer.org.Dept;
import com.nuoer.customer.org.DevEnv;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class DeptWhitelistTest {

    private final LocalDateTime now = LocalDateTime.of(2025, 11, 1, 9, 0);

    private Dept dept() {
        return Dept.open(1L, 3L, "演示", "nuoer_prod_000000000001", "enc:v1:x", DevEnv.PROD, now);
    }

    @Test
    void aNewAccountIsOnTrialWithoutWhitelist() {
        Dept d = dept();
        assertThat(d.getStatus()).isZero();
        assertThat(d.getWhiteIpList()).isEqualTo("off");
        assertThat(d.getVersion()).isEqualTo(1);
    }

    @Test
    void theWhitelistIsNormalisedAndEveryChangeRaisesTheVersion() {
        Dept d = dept();
        d.changeWhiteIpList(true, " 10.0.0.1, 10.0.0.0/24 ,10.0.0.1,, ", now.plusMinutes(1));
        assertThat(d.getWhiteIpList()).isEqualTo("10.0.0.1,10.0.0.0/24");
        assertThat(d.getVersion()).isEqualTo(2);
        d.changeWhiteIpList(false, "10.0.0.1", now.plusMinutes(2));
        assertThat(d.getWhiteIpList()).isEqualTo("off");
        assertThat(d.getVersion()).isEqualTo(3);
        assertThat(d.getUpdateDate()).isEqualTo(now.plusMinutes(2));
    }

    @Test
    void anEnabledWhitelistNeedsAnAddress() {
        Dept d = dept();
        assertThatThrownBy(() -> d.changeWhiteIpList(true, " , ", now)).isInstanceOf(BizException.class);
        assertThatThrownBy(() -> d.changeWhiteIpList(true, "off", now)).isInstanceOf(BizException.class);
        assertThat(d.getWhiteIpList()).isEqualTo("off");
        assertThat(d.getVersion()).isEqualTo(1);
    }
}
