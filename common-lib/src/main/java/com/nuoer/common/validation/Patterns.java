package com.nuoer.common.validation;

/** The seed's validation patterns (domain.md §5.5) in one place. */
public final class Patterns {

    /** 「手机号码格式错误」 */
    public static final String MOBILE = "1[3-9]\\d{9}";
    /** RFC-5322-style address as in the seed (its smart-doc export lost the quoted-local-part quotes). */
    public static final String EMAIL = "(?:[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
            + "|\"(?:[\\x01-\\x08\\x0b\\x0c\\x0e-\\x1f\\x21\\x23-\\x5b\\x5d-\\x7f]|\\\\[\\x01-\\x09\\x0b\\x0c\\x0e-\\x7f])*\")"
            + "@(?:(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?"
            + "|\\[(?:(?:25[0-5]|2[0-4][0-9]|[01]?[0-9][0-9]?)\\.){3}(?:25[0-5]|2[0-4][0-9]|[01]?[0-9][0-9]?)\\])";
    /** effectMonth / billDate: {@code ^\d{4}-(0[1-9]|1[0-2])$} */
    public static final String MONTH = "\\d{4}-(0[1-9]|1[0-2])";
    /** One IPv4 address or CIDR block. */
    public static final String IPV4_OR_CIDR = "((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(/(3[0-2]|[12]?\\d))?";
    /** Comma-separated IPv4/CIDR list (the seed's {@code whiteIpList}); {@code off} disables the whitelist. */
    public static final String IP_LIST = "off|(" + IPV4_OR_CIDR + ")(\\s*,\\s*(" + IPV4_OR_CIDR + "))*";

    private Patterns() {
    }
}
