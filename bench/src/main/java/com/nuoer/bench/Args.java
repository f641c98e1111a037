package com.nuoer.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/** {@code --key value} options (a flag without a value is "true"). */
public final class Args {

    private final Map<String, String> values = new LinkedHashMap<>();

    public Args(String[] args, int from) {
        for (int i = from; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument: " + args[i]);
            }
            String key = args[i].substring(2);
            if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                values.put(key, args[++i]);
            } else {
                values.put(key, "true");
            }
        }
    }

    public String get(String key, String dflt) {
        return values.getOrDefault(key, dflt);
    }

    public String require(String key) {
        String v = values.get(key);
        if (v == null) {
            throw new IllegalArgumentException("--" + key + " is required");
        }
        return v;
    }

    public int getInt(String key, int dflt) {
        return values.containsKey(key) ? Integer.parseInt(values.get(key)) : dflt;
    }

    public long getLong(String key, long dflt) {
        return values.containsKey(key) ? Long.parseLong(values.get(key)) : dflt;
    }

    public double getDouble(String key, double dflt) {
        return values.containsKey(key) ? Double.parseDouble(values.get(key)) : dflt;
    }

    public boolean flag(String key) {
        return Boolean.parseBoolean(values.getOrDefault(key, "false"));
    }
}
