package com.nuoer.customer.iam.web;

import jakarta.servlet.http.HttpServletRequest;

/** The caller's IP: {@code X-Real-IP} as set by the gateway, else the connection's remote address. */
public final class ClientIp {

    static final String REAL_IP_HEADER = "X-Real-IP";
    private static final int MAX_LENGTH = 64;

    private ClientIp() {
    }

    public static String of(HttpServletRequest request) {
        String ip = request.getHeader(REAL_IP_HEADER);
        if (ip == null || ip.isBlank()) {
            ip = request.getRemoteAddr();
        }
        if (ip == null) {
            return null;
        }
        ip = ip.trim();
        return ip.length() <= MAX_LENGTH ? ip : ip.substring(0, MAX_LENGTH);
    }
}
