package com.nuoer.sales.maintain;

import com.nuoer.common.messaging.events.DeptItemAccredited;
import com.nuoer.sales.maintain.MaintainRequests.EditSpreaderRoyaltiesRequest;
import com.nuoer.sales.maintain.MaintainRequests.SpreaderRoyaltyInput;
import com.nuoer.sales.stat.StatService;
import com.nuoer.sales.support.Rows;
import com.nuoer.sales.support.SalesError;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Royalties of outer spreaders per authorised product (crm editSpreaderRoyalties, DeptItemAccredited). */
@Service
public class SpreaderRoyaltyService {

    /** One spreader royalty as the deptItem statistics list shows it. */
    public record SpreaderRoyaltyView(Long id, Long createBy, LocalDateTime createTime, LocalDateTime modifyTime,
                                      Long customerId, String customerName, Long deptId, Long spreaderId,
                                      String spreaderName, Long deptItemId, String checkItem, String royaltyType,
                                      BigDecimal royaltyPrice, BigDecimal royaltyRate, String state,
                                      String effectMonth, LocalDateTime assignTime) {
    }

    private final JdbcTemplate jdbc;
    private final StatService stats;
    private final Clock clock;

    public SpreaderRoyaltyService(JdbcTemplate jdbc, StatService stats, Clock clock) {
        this.jdbc = jdbc;
        this.stats = stats;
        this.clock = clock;
    }

    /** 3.7.33: the full list of the deptItem's spreaders (those left out become INVALID). */
    @Transactional
    public void edit(EditSpreaderRoyaltiesRequest r, Long actor) {
        Map<String, Object> item = jdbc.queryForList("""
                select di.dept_item_id, di.dept_id, di.check_item, coalesce(di.organization_id, d.organization_id) org
                from dept_item_view di left join dept_view d on d.dept_id = di.dept_id
                where di.dept_item_id = ? and not di.deleted""", r.deptItemId()).stream().findFirst()
                .orElseThrow(SalesError.DEPT_ITEM_NOT_FOUND::exception);
        List<SpreaderRoyaltyInput> inputs = r.spreaderRoyalties() == null ? List.of() : r.spreaderRoyalties();
        for (SpreaderRoyaltyInput in : inputs) {
            check(in.spreaderId(), in.royaltyType(), in.royaltyPrice(), in.royaltyRate());
        }
        LocalDateTime now = LocalDateTime.now(clock);
        List<Long> kept = inputs.stream().map(SpreaderRoyaltyInput::spreaderId).toList();
        List<Object> args = new ArrayList<>(List.of(now, r.deptItemId()));
        String notKept = "";
        if (!kept.isEmpty()) {
            notKept = " and spreader_id not in (" + kept.stream().map(k -> "?").collect(Collectors.joining(",")) + ")";
            args.addAll(kept);
        }
        jdbc.update("update spreader_royalty set state = 'INVALID', modify_time = ? where dept_item_id = ?" + notKept,
                args.toArray());
        String earliest = YearMonth.from(now).toString();
        for (SpreaderRoyaltyInput in : inputs) {
            String month = in.effectMonth() == null ? YearMonth.from(now).toString() : in.effectMonth();
            earliest = month.compareTo(earliest) < 0 ? month : earliest;
            upsert((Long) item.get("org"), (Long) item.get("dept_id"), r.deptItemId(), (String) item.get("check_item"),
                    in.spreaderId(), in.royaltyType(), in.royaltyPrice(), in.royaltyRate(), month, now, actor);
        }
        if (item.get("org") != null) {
            stats.rebuildCustomer((Long) item.get("org"), YearMonth.parse(earliest).atDay(1));
        }
    }

    /** DeptItemAccredited: upsert by (deptItemId, spreaderId); a redelivery changes nothing. */
    @Transactional
    public void accredited(DeptItemAccredited e) {
        if (e.spreaderRoyalties() == null || e.spreaderRoyalties().isEmpty()) {
            return;
        }
        LocalDateTime now = LocalDateTime.now(clock);
        Long org = e.organizationId() != null ? e.organizationId() : jdbc.queryForList(
                "select organization_id from dept_view where dept_id = ?", Long.class, e.deptId()).stream()
                .findFirst().orElse(null);
        for (DeptItemAccredited.SpreaderRoyalty s : e.spreaderRoyalties()) {
            String month = s.effectMonth() == null ? YearMonth.from(now).toString() : s.effectMonth();
            upsert(org, e.deptId(), e.deptItemId(), e.checkItem(), s.spreaderId(),
                    s.royaltyType() == null ? "RATE" : s.royaltyType(), s.royaltyPrice(), s.royaltyRate(), month, now,
                    e.salesmanId());
        }
        if (org != null) {
            stats.rebuildCustomer(org, YearMonth.from(now).minusMonths(12).atDay(1));
        }
    }

    public List<SpreaderRoyaltyView> ofDeptItems(Collection<Long> deptItemIds) {
        if (deptItemIds.isEmpty()) {
            return List.of();
        }
        String in = deptItemIds.stream().map(x -> "?").collect(Collectors.joining(","));
        return jdbc.query("""
                select r.*, c.organization_name, s.salesman_name from spreader_royalty r
                left join customer_view c on c.organization_id = r.customer_id
                left join salesman s on s.salesman_id = r.spreader_id
                where r.dept_item_id in (%s) order by r.dept_item_id, r.id""".formatted(in),
                (rs, i) -> new SpreaderRoyaltyView(rs.getLong("id"), Rows.lng(rs, "create_by"),
                        Rows.time(rs, "create_time"), Rows.time(rs, "modify_time"), Rows.lng(rs, "customer_id"),
                        rs.getString("organization_name"), rs.getLong("dept_id"), rs.getLong("spreader_id"),
                        rs.getString("salesman_name"), rs.getLong("dept_item_id"), rs.getString("check_item"),
                        rs.getString("royalty_type"), Rows.dec(rs, "royalty_price"), Rows.dec(rs, "royalty_rate"),
                        rs.getString("state"), rs.getString("effect_month"), Rows.time(rs, "assign_time")),
                deptItemIds.toArray());
    }

    private void check(Long spreaderId, String type, BigDecimal price, BigDecimal rate) {
        Boolean exists = jdbc.queryForObject("select exists(select 1 from salesman where salesman_id = ?)",
                Boolean.class, spreaderId);
        if (!Boolean.TRUE.equals(exists)) {
            throw SalesError.SALESMAN_NOT_FOUND.exception("推广员" + spreaderId + "不存在");
        }
        if ("PRICE".equals(type) && price == null) {
            throw SalesError.ROYALTY_INVALID.exception("royaltyPrice: 按单笔提成时单笔提成金额必填");
        }
        if ("RATE".equals(type) && rate == null) {
            throw SalesError.ROYALTY_INVALID.exception("royaltyRate: 按比例提成时提成比例必填");
        }
    }

    private void upsert(Long customerId, Long deptId, Long deptItemId, String checkItem, Long spreaderId, String type,
                        BigDecimal price, BigDecimal rate, String month, LocalDateTime now, Long actor) {
        jdbc.update("""
                insert into spreader_royalty (customer_id, dept_id, dept_item_id, check_item, spreader_id, royalty_type,
                    royalty_price, royalty_rate, state, effect_month, assign_time, create_by, create_time, modify_time)
                values (?, ?, ?, ?, ?, ?, ?, ?, 'VALID', ?, ?, ?, ?, ?)
                on conflict (dept_item_id, spreader_id) do update set royalty_type = excluded.royalty_type,
                    royalty_price = excluded.royalty_price, royalty_rate = excluded.royalty_rate, state = 'VALID',
                    effect_month = excluded.effect_month, modify_time = excluded.modify_time,
                    assign_time = case when spreader_royalty.state = 'VALID' then spreader_royalty.assign_time
                                       else excluded.assign_time end""",
                customerId, deptId, deptItemId, checkItem, spreaderId, type, price, rate, month, now, actor, now, now);
    }
}
