package com.nuoer.apicall.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/**
 * The sandbox model: a deterministic answer per (model, person) — SHA-256 of the model code and the normalised identity
 * values — so the same sample always gives the same result, on any instance and after a restart. About 72% of the
 * identifiable rows are hits; a hit has a score 300–900 and a risk level.
 */
public final class Scorer {

    public record Score(boolean hit, Integer score, String level) {
    }

    private static final Score NO_IDENTITY = new Score(false, null, "缺少匹配要素");
    private static final Score MISS = new Score(false, null, "未命中");

    private Scorer() {
    }

    public static Score score(String modelCode, List<String> identity) {
        StringBuilder key = new StringBuilder(modelCode).append('|');
        boolean any = false;
        for (String value : identity) {
            String v = value == null ? "" : value.trim().toUpperCase();
            any |= !v.isEmpty();
            key.append(v).append('|');
        }
        if (!any) {
            return NO_IDENTITY;
        }
        long h = hash(key.toString());
        if (Math.floorMod(h, 100) >= 72) {
            return MISS;
        }
        int score = 300 + (int) Math.floorMod(h >>> 8, 601L);
        String level = score >= 700 ? "低风险" : score >= 550 ? "中风险" : "高风险";
        return new Score(true, score, level);
    }

    private static long hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            long h = 0;
            for (int i = 0; i < 8; i++) {
                h = (h << 8) | (d[i] & 0xFF);
            }
            return h;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
