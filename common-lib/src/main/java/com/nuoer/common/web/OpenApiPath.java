package com.nuoer.common.web;

/**
 * The path of the open data API, {@code POST /open/v1/{checkItem}}, as the gateway and svc-apicall both recognise
 * it for their fast paths: the product code must be plain — letters, digits, '_' and '-', 1 to 64 characters — so
 * that no decoding or normalisation anywhere can make the path mean something else.
 */
public final class OpenApiPath {

    public static final String PREFIX = "/open/v1/";
    public static final int MAX_CODE_LENGTH = 64;

    private OpenApiPath() {
    }

    /** The product code of {@code path} (a raw request path, no query) when it is a plain open-API path, else null. */
    public static String checkItemOf(String path) {
        if (path == null || !path.startsWith(PREFIX)) {
            return null;
        }
        return plainCode(path, PREFIX.length(), path.length()) ? path.substring(PREFIX.length()) : null;
    }

    /** True when {@code s[from, to)} is a plain product code. */
    public static boolean plainCode(CharSequence s, int from, int to) {
        if (to <= from || to - from > MAX_CODE_LENGTH) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-')) {
                return false;
            }
        }
        return true;
    }
}
