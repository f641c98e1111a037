package com.nuoer.apicall.open;

/** The developer account's IP whitelist: comma separated IPv4 addresses and CIDR blocks; {@code off} = none. */
public final class IpWhitelist {

    private IpWhitelist() {
    }

    public static boolean disabled(String list) {
        return list == null || list.isBlank() || "off".equalsIgnoreCase(list.trim());
    }

    public static boolean allows(String list, String ip) {
        if (disabled(list)) {
            return true;
        }
        Long addr = ipv4(ip);
        for (String raw : list.split(",")) {
            String entry = raw.trim();
            if (entry.isEmpty()) {
                continue;
            }
            if (entry.equals(ip)) {
                return true;
            }
            if (addr == null) {
                continue;
            }
            int slash = entry.indexOf('/');
            if (slash < 0) {
                Long single = ipv4(entry);
                if (single != null && single.equals(addr)) {
                    return true;
                }
                continue;
            }
            Long net = ipv4(entry.substring(0, slash));
            int bits;
            try {
                bits = Integer.parseInt(entry.substring(slash + 1));
            } catch (NumberFormatException e) {
                continue;
            }
            if (net == null || bits < 0 || bits > 32) {
                continue;
            }
            long mask = bits == 0 ? 0 : (0xFFFFFFFFL << (32 - bits)) & 0xFFFFFFFFL;
            if ((net & mask) == (addr & mask)) {
                return true;
            }
        }
        return false;
    }

    static Long ipv4(String s) {
        if (s == null) {
            return null;
        }
        String[] p = s.trim().split("\\.");
        if (p.length != 4) {
            return null;
        }
        long v = 0;
        for (String part : p) {
            try {
                int n = Integer.parseInt(part);
                if (n < 0 || n > 255) {
                    return null;
                }
                v = (v << 8) | n;
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return v;
    }
}
