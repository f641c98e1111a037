package com.nuoer.apicall.task;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nuoer.apicall.forewarn.Caller;
import com.nuoer.common.session.IdentityHeaders;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An isolated customer for the task tests: developer account, customer, wallet guard, a product of its own whose
 * sandbox upstream answers without latency ({@code latencyMs 0}: the same as nuoer.apicall.sandbox.latency-ms=0,
 * without changing the other tests' shared context) and its deptItem — written into the projections as the events
 * would. Ids from a random base so reruns never collide.
 */
final class TaskFixture {

    private static final AtomicLong NEXT = new AtomicLong(700_000_000L + (System.nanoTime() % 90_000_000L) / 1000 * 1000);

    final long deptId;
    final String code;
    final Caller beeback;
    private final JdbcTemplate jdbc;

    TaskFixture(JdbcTemplate jdbc, TestRestTemplate http, ObjectMapper json, IdentityHeaders signer, int freeCount,
                Runnable evict) {
        this.jdbc = jdbc;
        this.deptId = NEXT.incrementAndGet();
        LocalDateTime now = LocalDateTime.now();
        Timestamp ts = Timestamp.valueOf(now);
        jdbc.update("""
                insert into dept_view (dept_id, organization_id, user_id, dept_name, app_id, app_secret_enc, env, status,
                                       white_ip_list, version, updated_at)
                values (?, ?, ?, '批量测试科技有限公司', ?, 'enc:v1:x', 'prod', 1, 'off', 1, ?)""",
                deptId, deptId, deptId, "it_task_" + deptId, ts);
        jdbc.update("""
                insert into customer_view (organization_id, merchant_id, user_id, organization_name, state, customer_type,
                                           assistant_id, deleted, version, updated_at)
                values (?, ?, ?, '批量测试科技有限公司', 10, 20, 2, false, 1, ?)""", deptId, deptId, deptId, ts);
        jdbc.update("""
                insert into wallet_guard (wallet_id, organization_id, merchant_id, is_default, balance, overdraft_state,
                                          overdraft_quota, available, state, exhausted, version, changed_at, updated_at)
                values (?, ?, ?, true, 100000, 0, 0, 100000, 10, false, 1, ?, ?)""",
                deptId, deptId, deptId, Timestamp.valueOf(now.minusMinutes(1)), ts);
        this.code = "ITT_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
        jdbc.update("""
                insert into check_item (check_item, item_name, check_type, state, is_open, cache_flag, cache_time, fee_type,
                                        price, applicable, is_fusion, max_free_count, encryptable, create_date, update_date)
                values (?, '批量测试产品', 100, 10, 1, 0, 0, 10, 0.5, true, false, 100, '1,2', ?, ?)""", code, ts, ts);
        jdbc.update("""
                insert into upstream_config (check_item, data_source_id, scene, priority, service, req_url, cost, extra,
                                             create_date, update_date)
                values (?, 1, '', 0, 'SandboxUpstream', ?, 0.10, '{"latencyMs":0,"errorRate":0}', ?, ?)""",
                code, "sandbox://" + code, ts, ts);
        jdbc.update("""
                insert into dept_item_view (dept_item_id, dept_id, organization_id, merchant_id, user_id, check_item,
                    item_name, state, is_open, fee_type, fee, free_count, contract_state, version, updated_at)
                values (?, ?, ?, ?, ?, ?, '批量测试产品', 10, 1, 10, ?, ?, 100, 1, ?)""",
                NEXT.incrementAndGet(), deptId, deptId, deptId, deptId, code, new BigDecimal("0.25"), freeCount, ts);
        evict.run();
        this.beeback = Caller.beeback(deptId, deptId, deptId, "批量测试科技有限公司", http, json, signer);
    }

    /** A CSV of {@code rows} distinct subjects (姓名,手机号,身份证号) with valid formats. */
    static byte[] csv(int rows, long seed) {
        StringBuilder sb = new StringBuilder("姓名,手机号,身份证号\n");
        for (int i = 0; i < rows; i++) {
            long n = (seed * 100_000 + i) % 100_000_000L;
            sb.append("测试").append(i).append(',').append("139").append(String.format("%08d", n)).append(',')
                    .append("330106").append("1990").append(String.format("%02d", i % 12 + 1))
                    .append(String.format("%02d", i % 28 + 1)).append(String.format("%03d", i % 1000))
                    .append(i % 10).append('\n');
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    long records() {
        return jdbc.queryForObject("select count(*) from api_record where dept_id = ?", Long.class, deptId);
    }

    long chargeLines() {
        return jdbc.queryForObject("select count(*) from charge_line where dept_id = ?", Long.class, deptId);
    }
}
