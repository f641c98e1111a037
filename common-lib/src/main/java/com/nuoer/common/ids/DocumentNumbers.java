package com.nuoer.common.ids;

import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The serial part of the platform's document numbers ({@code HK<yyyyMMddHHmmss><4 digits>},
 * {@code PAY<…><6 digits>}, …): the next value of a database sequence of the service, as exactly {@code digits}
 * digits (modulo 10^digits, zero-padded). Unlike random digits, two documents of the same second never collide while
 * fewer than 10^digits are numbered in it — on every instance, since the sequence is shared.
 */
public final class DocumentNumbers {

    private static final Pattern SEQUENCE_NAME = Pattern.compile("[a-z_][a-z0-9_]*");

    private DocumentNumbers() {
    }

    public static String serial(JdbcTemplate jdbc, String sequence, int digits) {
        if (!SEQUENCE_NAME.matcher(sequence).matches() || digits < 1 || digits > 18) {
            throw new IllegalArgumentException("sequence " + sequence + ", " + digits + " digits");
        }
        long value = jdbc.queryForObject("select nextval('" + sequence + "')", Long.class);
        return String.format("%0" + digits + "d", Math.floorMod(value, pow10(digits)));
    }

    private static long pow10(int digits) {
        long p = 1;
        for (int i = 0; i < digits; i++) {
            p *= 10;
        }
        return p;
    }
}
