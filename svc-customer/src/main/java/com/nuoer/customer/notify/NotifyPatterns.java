package com.nuoer.customer.notify;

/**
 * Address patterns of the notification centre.
 *
 * <p>{@link #EMAIL} is common-lib's {@code Patterns.EMAIL} (the seed's RFC-5322 expression) with its broken ending
 * repaired: there the address-literal branch ends in {@code "))])"}, an unbalanced group that makes every
 * {@code @Email} fail with a PatternSyntaxException (a 500). Here it ends in {@code ")\\])"}. TODO(lead): fix
 * common-lib {@code Patterns.EMAIL} the same way and switch back to {@code @Email}.
 */
public final class NotifyPatterns {

    public static final String EMAIL = "(?:[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
            + "|\"(?:[\\x01-\\x08\\x0b\\x0c\\x0e-\\x1f\\x21\\x23-\\x5b\\x5d-\\x7f]|\\\\[\\x01-\\x09\\x0b\\x0c\\x0e-\\x7f])*\")"
            + "@(?:(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?"
            + "|\\[(?:(?:25[0-5]|2[0-4][0-9]|[01]?[0-9][0-9]?)\\.){3}(?:25[0-5]|2[0-4][0-9]|[01]?[0-9][0-9]?)\\])";

    public static final String EMAIL_MESSAGE = "邮箱格式错误";

    private NotifyPatterns() {
    }
}
