package com.nuoer.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/** Facts about the machine written next to the figures. */
public final class Sys {

    private Sys() {
    }

    /** The 1/5/15-minute load averages from /proc/loadavg ("n/a" elsewhere). */
    public static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (Exception e) {
            return "n/a";
        }
    }

    public static int cpus() {
        return Runtime.getRuntime().availableProcessors();
    }

    public static String memory() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    long kb = Long.parseLong(line.replaceAll("[^0-9]", ""));
                    return String.format("%.1f GiB", kb / 1024.0 / 1024.0);
                }
            }
        } catch (Exception e) {
            // not Linux
        }
        return "n/a";
    }
}
