package com.nuoer.common.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PatternsTest {

    private static boolean matches(String regex, String value) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE).matcher(value).matches();
    }

    @Test
    void mobileIsAMainlandNumber() {
        assertThat(matches(Patterns.MOBILE, "13800000000")).isTrue();
        assertThat(matches(Patterns.MOBILE, "12800000000")).isFalse();
        assertThat(matches(Patterns.MOBILE, "1380000000")).isFalse();
    }

    @Test
    void emailAcceptsOrdinaryAddressesOnly() {
        assertThat(matches(Patterns.EMAIL, "finance@demo-tech.cn")).isTrue();
        assertThat(matches(Patterns.EMAIL, "a.b+c@x.example.com")).isTrue();
        assertThat(matches(Patterns.EMAIL, "no-at-sign.example.com")).isFalse();
        assertThat(matches(Patterns.EMAIL, "two@@example.com")).isFalse();
    }

    @Test
    void monthIsYearDashMonth() {
        assertThat(matches(Patterns.MONTH, "2025-01")).isTrue();
        assertThat(matches(Patterns.MONTH, "2025-13")).isFalse();
        assertThat(matches(Patterns.MONTH, "2025-1")).isFalse();
    }

    @Test
    void ipListIsCommaSeparatedIpv4OrCidrOrOff() {
        assertThat(matches(Patterns.IP_LIST, "off")).isTrue();
        assertThat(matches(Patterns.IP_LIST, "10.0.0.1")).isTrue();
        assertThat(matches(Patterns.IP_LIST, "10.0.0.1, 192.168.0.0/16,8.8.8.8")).isTrue();
        assertThat(matches(Patterns.IP_LIST, "256.0.0.1")).isFalse();
        assertThat(matches(Patterns.IP_LIST, "10.0.0.0/33")).isFalse();
        assertThat(matches(Patterns.IP_LIST, "10.0.0.1;10.0.0.2")).isFalse();
    }
}
