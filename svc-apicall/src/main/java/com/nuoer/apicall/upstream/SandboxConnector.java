package com.nuoer.apicall.upstream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The built-in sandbox upstream ({@code service = SandboxUpstream}, data source SANDBOX): deterministic answers
 * from the input (same subject → same answer, found for ~80 % of subjects of 查得 products, verification products
 * always answer 一致/不一致), with the latency and error rate of the configuration's {@code extra}
 * ({@code {"latencyMs":5,"errorRate":0}}) unless {@code nuoer.apicall.sandbox.latency-ms / error-rate} override them
 * (≥ 0). Errors are deterministic too: a subject fails at a configuration when its hash falls below the error rate,
 * so tests and demos reproduce failover exactly. Used by the demo data, the tests and the benchmark.
 */
@Component
@Order(0)
public class SandboxConnector implements UpstreamConnector {

    public static final String SERVICE = "SandboxUpstream";

    private final ObjectMapper json;
    private final java.util.concurrent.ConcurrentHashMap<String, JsonNode> parsedExtras =
            new java.util.concurrent.ConcurrentHashMap<>();
    private final int latencyOverride;
    private final double errorRateOverride;

    public SandboxConnector(ObjectMapper json,
                            @Value("${nuoer.apicall.sandbox.latency-ms:-1}") int latencyOverride,
                            @Value("${nuoer.apicall.sandbox.error-rate:-1}") double errorRateOverride) {
        this.json = json;
        this.latencyOverride = latencyOverride;
        this.errorRateOverride = errorRateOverride;
    }

    @Override
    public boolean supports(String service) {
        return SERVICE.equalsIgnoreCase(service) || (service != null && service.startsWith("Sandbox"));
    }

    @Override
    public UpstreamAnswer call(UpstreamRoute route, UpstreamRequest request) {
        int latency = latencyOverride >= 0 ? latencyOverride : intOf(route.extra(), "latencyMs", 0);
        double errorRate = errorRateOverride >= 0 ? errorRateOverride : doubleOf(route.extra(), "errorRate", 0);
        if (latency > 0) {
            try {
                Thread.sleep(latency);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new UpstreamException("sandbox interrupted");
            }
        }
        byte[] h = hash(request.checkItem() + "|" + nz(request.name()) + "|" + nz(request.idCard()) + "|"
                + nz(request.mobile()) + "|" + nz(request.scene()));
        double errorDraw = ((hash(route.id() + ":" + HexFormat.of().formatHex(h))[0] & 0xFF) + 0.5) / 256.0;
        if (errorDraw < errorRate) {
            throw new UpstreamException("沙箱数据源模拟异常 (errorRate=" + errorRate + ")");
        }
        int v = h[0] & 0xFF;
        boolean verification = isVerification(request.checkItem());
        boolean found = verification || v % 10 < 8;
        ObjectNode result = json.createObjectNode();
        result.put("checkItem", request.checkItem());
        if (verification) {
            boolean consistent = v % 10 < 7;
            result.put("result", consistent ? "1" : "2");
            result.put("desc", consistent ? "一致" : "不一致");
        } else if (found) {
            result.put("result", "1");
            result.put("desc", "查得");
            detail(result.putObject("data"), request.checkItem(), h);
        } else {
            result.put("result", "0");
            result.put("desc", "查无");
        }
        String third = "SBX" + HexFormat.of().formatHex(h, 0, 8).toUpperCase();
        return new UpstreamAnswer(found, result.toString(), found ? 0 : 1, found ? "查询成功" : "查无数据", third,
                region(request.mobile(), h));
    }

    static boolean isVerification(String checkItem) {
        return checkItem != null && (checkItem.endsWith("_CHECK") || checkItem.endsWith("_FACE"));
    }

    private static void detail(ObjectNode data, String checkItem, byte[] h) {
        int a = h[1] & 0xFF;
        switch (checkItem == null ? "" : checkItem) {
            case "MOBILE_ONLINE_TIME" -> data.put("onlineTime", new String[] {"[0,3)", "[3,6)", "[6,12)", "[12,24)", "[24,+)"}[a % 5]);
            case "MOBILE_STATUS" -> data.put("status", new String[] {"正常", "停机", "销号", "在网但不可用"}[a % 4]);
            case "ENT_BASIC" -> {
                data.put("entName", "演示企业" + (a % 90 + 10) + "有限公司");
                data.put("regStatus", "存续");
                data.put("regCapital", (a % 50 + 1) * 100 + "万元人民币");
            }
            case "VEHICLE_INFO" -> {
                data.put("brand", new String[] {"比亚迪", "吉利", "大众", "丰田"}[a % 4]);
                data.put("useNature", "非营运");
            }
            default -> data.put("score", a % 100);
        }
    }

    private static String region(String mobile, byte[] h) {
        if (mobile == null || mobile.length() != 11) {
            return null;
        }
        return new String[] {"浙江杭州", "上海", "江苏南京", "广东深圳", "北京"}[(h[2] & 0xFF) % 5];
    }

    private int intOf(String extra, String field, int dflt) {
        JsonNode n = read(extra).path(field);
        return n.isNumber() ? n.asInt() : dflt;
    }

    private double doubleOf(String extra, String field, double dflt) {
        JsonNode n = read(extra).path(field);
        return n.isNumber() ? n.asDouble() : dflt;
    }

    /** The configuration's {@code extra}, parsed once per distinct text (it is read on every sandbox call). */
    private JsonNode read(String extra) {
        if (extra == null || extra.isBlank()) {
            return json.createObjectNode();
        }
        if (parsedExtras.size() > 1000) {
            parsedExtras.clear();
        }
        return parsedExtras.computeIfAbsent(extra, text -> {
            try {
                return json.readTree(text);
            } catch (Exception e) {
                return json.createObjectNode();
            }
        });
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    static byte[] hash(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
