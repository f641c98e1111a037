package com.nuoer.customer.org.marketing;

import com.nuoer.common.error.BizException;
import com.nuoer.common.error.ErrorCode;
import com.nuoer.common.paging.PageResult;
import com.nuoer.common.paging.PageSlice;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Marketing customers (营销客户, domain.md §2.2, §6-30): a marketing customer (custCode) subscribes to a set of our
 * customer organisations ({@code includeDeptIds} / {@code deptIds} are organisation ids, §6-1), delivered to its SFTP
 * account. No billing impact until specified. saveSubscribe replaces the whole set.
 */
@Service
public class MarketingService {

    private static final Logger log = LoggerFactory.getLogger(MarketingService.class);

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    public MarketingService(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** 3.1.1 row. The SFTP password is not stored here and never shown. */
    public record MarketingCustomerView(Long id, Long createBy, LocalDateTime createTime, LocalDateTime modifyTime,
                                        String custCode, String custName, Long userId, BigDecimal price,
                                        List<Long> includeDeptIds, String sftpServer, String sftpUser) {
    }

    @Transactional(readOnly = true)
    public PageResult<MarketingCustomerView> list(String keyword, PageSlice slice) {
        MapSqlParameterSource p = new MapSqlParameterSource();
        String where = "true";
        if (keyword != null && !keyword.isBlank()) {
            where = "(m.cust_code ilike :kw or m.cust_name ilike :kw)";
            p.addValue("kw", "%" + keyword.trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                    + "%");
        }
        String w = where;
        PageResult<MarketingCustomerView> page = slice.run(
                () -> jdbc.queryForObject("select count(*) from marketing_customer m where " + w, p, Long.class),
                (offset, limit) -> jdbc.query("select * from marketing_customer m where " + w
                        + " order by m.id desc offset :offset limit :limit",
                        new MapSqlParameterSource(p.getValues()).addValue("offset", offset).addValue("limit", limit),
                        (rs, i) -> new MarketingCustomerView(rs.getLong("id"), (Long) rs.getObject("create_by"),
                                toLocal(rs.getTimestamp("create_time")), toLocal(rs.getTimestamp("modify_time")),
                                rs.getString("cust_code"), rs.getString("cust_name"), (Long) rs.getObject("user_id"),
                                rs.getBigDecimal("price"), new ArrayList<>(), rs.getString("sftp_server"),
                                rs.getString("sftp_user"))));
        if (!page.results().isEmpty()) {
            Map<Long, List<Long>> subs = new HashMap<>();
            jdbc.query("""
                    select s.marketing_customer_id, s.organization_id from marketing_subscription s
                    join organization o on o.id = s.organization_id and not o.deleted
                    where s.marketing_customer_id in (:ids) order by s.organization_id""",
                    Map.of("ids", page.results().stream().map(MarketingCustomerView::id).toList()),
                    rs -> {
                        subs.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
                    });
            page.results().forEach(v -> v.includeDeptIds().addAll(subs.getOrDefault(v.id(), List.of())));
        }
        return page;
    }

    /** 3.1.3: the subscribed organisations of {@code custCode} become exactly {@code deptIds} (empty = none). */
    @Transactional
    public void saveSubscribe(String custCode, List<Long> deptIds) {
        List<Long> found = jdbc.queryForList(
                "select id from marketing_customer where cust_code = :code for update", Map.of("code", custCode),
                Long.class);
        if (found.isEmpty()) {
            throw BizException.notFound("营销客户");
        }
        Long customerId = found.get(0);
        Set<Long> wanted = new LinkedHashSet<>(deptIds == null ? List.of() : deptIds);
        wanted.remove(null);
        if (!wanted.isEmpty()) {
            List<Long> known = jdbc.queryForList(
                    "select id from organization where id in (:ids) and not deleted", Map.of("ids", wanted),
                    Long.class);
            Set<Long> unknown = new LinkedHashSet<>(wanted);
            known.forEach(unknown::remove);
            if (!unknown.isEmpty()) {
                throw new BizException(ErrorCode.VALIDATION_FAILED, "deptIds: 客户不存在 " + unknown);
            }
        }
        Timestamp now = Timestamp.valueOf(LocalDateTime.now(clock));
        jdbc.update("delete from marketing_subscription where marketing_customer_id = :id"
                + (wanted.isEmpty() ? "" : " and organization_id not in (:ids)"),
                new MapSqlParameterSource("id", customerId).addValue("ids", wanted));
        for (Long orgId : wanted) {
            jdbc.update("""
                    insert into marketing_subscription (marketing_customer_id, organization_id, create_time)
                    values (:id, :org, :now) on conflict do nothing""",
                    new MapSqlParameterSource("id", customerId).addValue("org", orgId).addValue("now", now));
        }
        jdbc.update("update marketing_customer set modify_time = :now where id = :id",
                new MapSqlParameterSource("id", customerId).addValue("now", now));
        log.info("marketing customer {} subscribes to {} organisations", custCode, wanted.size());
    }

    private static LocalDateTime toLocal(Timestamp t) {
        return t == null ? null : t.toLocalDateTime();
    }
}
