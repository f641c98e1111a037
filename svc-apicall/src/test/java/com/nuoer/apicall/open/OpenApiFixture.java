package com.nuoer.apicall.open;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Test data of the open API tests, isolated per test: a developer account (own appId/secret/organisation/wallet),
 * products of its own with sandbox upstreams, and deptItems — written straight into the projections and the catalogue
 * tables, as the events and ops would. Ids from a random base so parallel runs and reruns never collide.
 */
public final class OpenApiFixture {

    private static final AtomicLong NEXT = new AtomicLong(800_000_000L + (System.nanoTime() % 100_000_000L) / 1000 * 1000);

    public final JdbcTemplate jdbc;
    final TestRestTemplate http;
    final ObjectMapper json;
    public final long deptId;
    public final long orgId;
    public final long walletId;
    public final String appId;
    public final String secret = "s3cr3t-" + UUID.randomUUID();

    private final Runnable evict;

    public OpenApiFixture(JdbcTemplate jdbc, TestRestTemplate http, ObjectMapper json, DeptSecretCipher cipher,
                   String whiteIpList, Runnable evict) {
        this.evict = evict;
        this.jdbc = jdbc;
        this.http = http;
        this.json = json;
        this.deptId = NEXT.incrementAndGet();
        this.orgId = deptId;
        this.walletId = deptId;
        this.appId = "it_app_" + deptId;
        LocalDateTime now = LocalDateTime.now();
        jdbc.update("""
                insert into dept_view (dept_id, organization_id, user_id, dept_name, app_id, app_secret_enc, env, status,
                                       white_ip_list, version, updated_at)
                values (?, ?, ?, '集成测试科技有限公司', ?, ?, 'prod', 1, ?, 1, ?)""",
                deptId, orgId, deptId, appId, cipher.encrypt(secret), whiteIpList, Timestamp.valueOf(now));
        jdbc.update("""
                insert into customer_view (organization_id, merchant_id, user_id, organization_name, state, customer_type,
                                           assistant_id, deleted, version, updated_at)
                values (?, ?, ?, '集成测试科技有限公司', 10, 20, 2, false, 1, ?)""", orgId, orgId, deptId, Timestamp.valueOf(now));
        jdbc.update("""
                insert into wallet_guard (wallet_id, organization_id, merchant_id, is_default, balance, overdraft_state,
                                          overdraft_quota, available, state, exhausted, version, changed_at, updated_at)
                values (?, ?, ?, true, 1000, 0, 0, 1000, 10, false, 1, ?, ?)""",
                walletId, orgId, orgId, Timestamp.valueOf(now.minusMinutes(1)), Timestamp.valueOf(now));
    }

    /** A product of its own (state UP) with sandbox upstream configurations {errorRate of each, by priority}. */
    public String product(int feeType, int cacheFlag, int cacheDays, String encryptable, double... errorRates) {
        String code = "IT_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
        LocalDateTime now = LocalDateTime.now();
        jdbc.update("""
                insert into check_item (check_item, item_name, check_type, state, is_open, cache_flag, cache_time, fee_type,
                                        price, applicable, is_fusion, max_free_count, encryptable, create_date, update_date)
                values (?, '集成测试产品', 100, 10, 1, ?, ?, ?, 0.5, true, false, 100, ?, ?, ?)""",
                code, cacheFlag, cacheDays, feeType, encryptable, Timestamp.valueOf(now), Timestamp.valueOf(now));
        for (int i = 0; i < errorRates.length; i++) {
            jdbc.update("""
                    insert into upstream_config (check_item, data_source_id, scene, priority, service, req_url, cost, extra,
                                                 create_date, update_date)
                    values (?, ?, '', ?, 'SandboxUpstream', ?, ?, ?, ?, ?)""",
                    code, (long) (i + 1), i, "sandbox://" + code + "/" + i, new BigDecimal("0.10"),
                    "{\"latencyMs\":0,\"errorRate\":" + errorRates[i] + "}", Timestamp.valueOf(now), Timestamp.valueOf(now));
        }
        return code;
    }

    /** Authorises the product for the account: price, fee type, free count, contract state. */
    public long deptItem(String code, int feeType, String fee, int freeCount, Integer contractState) {
        long id = NEXT.incrementAndGet();
        jdbc.update("""
                insert into dept_item_view (dept_item_id, dept_id, organization_id, merchant_id, user_id, check_item,
                    item_name, state, is_open, fee_type, fee, free_count, contract_state, version, updated_at)
                values (?, ?, ?, ?, ?, ?, '集成测试产品', 10, 1, ?, ?, ?, ?, 1, ?)""",
                id, deptId, orgId, orgId, deptId, code, feeType, new BigDecimal(fee), freeCount, contractState,
                Timestamp.valueOf(LocalDateTime.now()));
        evict.run(); // as the DeptItemChanged handler does
        return id;
    }

    public JsonNode call(String code, Map<String, Object> body) {
        return call(code, body, Map.of());
    }

    /** A correctly signed call; {@code override} replaces headers (X-App-Id, X-Timestamp, X-Nonce, X-Signature, X-Real-IP). */
    JsonNode call(String code, Map<String, Object> body, Map<String, String> override) {
        try {
            String text = json.writeValueAsString(body);
            String path = "/open/v1/" + code;
            String ts = override.getOrDefault("X-Timestamp", String.valueOf(System.currentTimeMillis()));
            String nonce = override.getOrDefault("X-Nonce", UUID.randomUUID().toString());
            HttpHeaders h = new HttpHeaders();
            h.setContentType(MediaType.APPLICATION_JSON);
            h.set("X-App-Id", override.getOrDefault("X-App-Id", appId));
            h.set("X-Timestamp", ts);
            h.set("X-Nonce", nonce);
            h.set("X-Signature", override.getOrDefault("X-Signature",
                    Signature.sign(override.getOrDefault("secret", secret), "POST", path, ts, nonce, text)));
            if (override.containsKey("X-Real-IP")) {
                h.set("X-Real-IP", override.get("X-Real-IP"));
            }
            override.forEach((k, v) -> {
                if (v == null) {
                    h.remove(k);
                }
            });
            var r = http.exchange(path, HttpMethod.POST, new HttpEntity<>(text, h), String.class);
            var node = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(r.getBody());
            node.put("_status", r.getStatusCode().value());
            return node;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public long records() {
        return jdbc.queryForObject("select count(*) from api_record where dept_id = ?", Long.class, deptId);
    }

    public long chargeLines() {
        return jdbc.queryForObject("select count(*) from charge_line where dept_id = ?", Long.class, deptId);
    }
}
