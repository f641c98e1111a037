package com.nuoer.sales.salesman;

import com.nuoer.common.paging.PageResult;
import com.nuoer.sales.salesman.SalesmanDtos.AddSalesmanRequest;
import com.nuoer.sales.salesman.SalesmanDtos.EditFloorPriceRequest;
import com.nuoer.sales.salesman.SalesmanDtos.EditSalesmanRequest;
import com.nuoer.sales.salesman.SalesmanDtos.FloorPriceInput;
import com.nuoer.sales.salesman.SalesmanDtos.GradeListRequest;
import com.nuoer.sales.salesman.SalesmanDtos.GradeView;
import com.nuoer.sales.salesman.SalesmanDtos.PriceConfig;
import com.nuoer.sales.salesman.SalesmanDtos.SalesmanListRequest;
import com.nuoer.sales.salesman.SalesmanDtos.SalesmanView;
import com.nuoer.sales.salesman.SalesmanDtos.SaveGradeRequest;
import com.nuoer.sales.support.Rows;
import com.nuoer.sales.support.SalesError;
import com.nuoer.sales.support.Where;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Salesmen (inner staff, outer spreaders), their floor prices, and the customer grades. */
@Service
public class SalesmanService {

    private static RowMapper<SalesmanView> mapper(boolean withPrices, SalesmanService self) {
        return (rs, i) -> new SalesmanView(rs.getLong("id"), Rows.lng(rs, "create_by"), Rows.time(rs, "create_time"),
                Rows.time(rs, "modify_time"), rs.getLong("salesman_id"), rs.getLong("salesman_staff_id"),
                rs.getString("salesman_name"), rs.getString("mobile"), rs.getString("email"),
                rs.getString("role_type"), withPrices ? self.prices(rs.getLong("salesman_id")) : List.of());
    }

    private static final RowMapper<GradeView> GRADE = (rs, i) -> new GradeView(rs.getLong("id"),
            Rows.lng(rs, "create_by"), Rows.time(rs, "create_time"), Rows.time(rs, "modify_time"),
            rs.getString("grade_code"), Rows.dec(rs, "royalty_rate"), rs.getBoolean("enabled"), rs.getString("remark"));

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public SalesmanService(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public PageResult<SalesmanView> list(SalesmanListRequest r) {
        Where w = new Where().and("s.active");
        if (Where.has(r.keyword())) {
            String like = Where.like(r.keyword());
            w.and("(s.salesman_name like ? or s.mobile like ? or s.email like ?)", like, like, like);
        }
        if (Where.has(r.salesmanIds())) {
            w.in("s.salesman_id", r.salesmanIds());
        }
        w.andIf(Where.has(r.roleType()), "s.role_type = ?", r.roleType());
        w.notIn("s.salesman_id", r.excludeSalesmanIds());
        if (r.customerId() != null) {
            w.and("""
                    (s.salesman_id in (select salesman_id from customer_maintain where customer_id = ? and state = 1)
                     or s.salesman_id in (select spreader_id from spreader_royalty where customer_id = ?
                                          and state = 'VALID'))""", r.customerId(), r.customerId());
        }
        return r.slice().run(
                () -> jdbc.queryForObject("select count(*) from salesman s" + w.sql(), Long.class, w.args()),
                (offset, limit) -> jdbc.query("select s.* from salesman s" + w.sql()
                        + " order by s.id limit ? offset ?", mapper(false, this), w.args(limit, offset)));
    }

    public SalesmanView detail(long salesmanId) {
        return jdbc.query("select * from salesman where salesman_id = ?", mapper(true, this), salesmanId).stream()
                .findFirst().orElseThrow(SalesError.SALESMAN_NOT_FOUND::exception);
    }

    /** Every catalogue product with the salesman's floor price (his own, else the product's). */
    List<PriceConfig> prices(long salesmanId) {
        return jdbc.query("""
                select c.check_item, c.item_name, c.check_type, c.fee_type, c.price,
                       coalesce(p.floor_price, c.floor_price) as floor_price
                from check_item_view c left join salesman_price p on p.check_item = c.check_item and p.salesman_id = ?
                where c.state <> -1 or p.salesman_id is not null
                order by c.check_item""", (rs, i) -> new PriceConfig(rs.getString("check_item"),
                rs.getString("item_name"), Rows.integer(rs, "check_type"), Rows.integer(rs, "fee_type"),
                Rows.dec(rs, "price"), Rows.dec(rs, "floor_price")), salesmanId);
    }

    /** The salesman's own floor price of a product, or null (= use the product's floorPrice). */
    public BigDecimal floorPrice(long salesmanId, String checkItem) {
        return jdbc.queryForList("select floor_price from salesman_price where salesman_id = ? and check_item = ?",
                BigDecimal.class, salesmanId, checkItem).stream().findFirst().orElse(null);
    }

    /** 3.5.13: a staff member becomes a salesman (again: an existing salesman just gets the role type). */
    @Transactional
    public void add(AddSalesmanRequest r, Long actor) {
        Map<String, Object> staff = jdbc.queryForList("select * from staff_view where staff_id = ? and active",
                r.salesmanStaffId()).stream().findFirst().orElseThrow(SalesError.STAFF_NOT_FOUND::exception);
        LocalDateTime now = LocalDateTime.now(clock);
        jdbc.update("""
                insert into salesman (salesman_id, salesman_staff_id, salesman_name, mobile, email, role_type, active,
                                      create_by, create_time, modify_time)
                values (?, ?, ?, ?, ?, ?, true, ?, ?, ?)
                on conflict (salesman_staff_id) do update set role_type = excluded.role_type, active = true,
                    salesman_name = excluded.salesman_name, mobile = excluded.mobile, email = excluded.email,
                    modify_time = excluded.modify_time""",
                staff.get("user_id"), r.salesmanStaffId(), staff.get("name"), staff.get("mobile"), staff.get("email"),
                r.roleType(), actor, now, now);
    }

    private com.nuoer.common.audit.AuditTrail audit;

    @org.springframework.beans.factory.annotation.Autowired
    void setAuditTrail(com.nuoer.common.audit.AuditTrail audit) {
        this.audit = audit;
    }

    /** The salesman's own floor prices by product (audit log before/after). */
    private java.util.Map<String, Object> floorPrices(long salesmanId) {
        java.util.Map<String, Object> prices = new java.util.TreeMap<>();
        jdbc.query("select check_item, floor_price from salesman_price where salesman_id = ?",
                rs -> {
                    prices.put(rs.getString(1), rs.getBigDecimal(2));
                }, salesmanId);
        return prices;
    }

    /** 3.5.14: replaces all floor prices of the salesman. */
    @Transactional
    public void edit(EditSalesmanRequest r) {
        requireSalesman(r.salesmanId());
        var before = floorPrices(r.salesmanId());
        jdbc.update("delete from salesman_price where salesman_id = ?", r.salesmanId());
        if (r.beePriceConfigList() != null) {
            for (FloorPriceInput p : r.beePriceConfigList()) {
                if (p.floorPrice() != null) {
                    upsertPrice(r.salesmanId(), p.checkItem(), p.floorPrice());
                }
            }
        }
        touch(r.salesmanId());
        audit.record("salesman.floorPrices", "salesman", r.salesmanId(), before, floorPrices(r.salesmanId()));
    }

    /** 3.5.15. */
    @Transactional
    public void editFloorPrice(EditFloorPriceRequest r) {
        requireSalesman(r.salesmanId());
        var before = floorPrices(r.salesmanId());
        upsertPrice(r.salesmanId(), r.checkItem(), r.floorPrice());
        touch(r.salesmanId());
        audit.record("salesman.floorPrice", "salesman", r.salesmanId(), before, floorPrices(r.salesmanId()));
    }

    public List<GradeView> grades(GradeListRequest r, boolean onlyEnabled) {
        Where w = new Where().andIf(onlyEnabled, "enabled");
        if (r != null && Where.has(r.gradeCodeList())) {
            w.in("grade_code", r.gradeCodeList());
        }
        return jdbc.query("select * from customer_grade" + w.sql() + " order by grade_code", GRADE, w.args());
    }

    /** 3.5.6: create, or edit by id; the code is unique. */
    @Transactional
    public void saveGrade(SaveGradeRequest r, Long actor) {
        LocalDateTime now = LocalDateTime.now(clock);
        List<Long> sameCode = jdbc.queryForList("select id from customer_grade where grade_code = ?", Long.class,
                r.gradeCode());
        if (r.id() == null) {
            if (!sameCode.isEmpty()) {
                throw SalesError.GRADE_DUPLICATE.exception();
            }
            jdbc.update("""
                    insert into customer_grade (grade_code, royalty_rate, enabled, remark, create_by, create_time,
                                                modify_time) values (?, ?, ?, ?, ?, ?, ?)""", r.gradeCode(),
                    r.royaltyRate(), r.enabled() == null || r.enabled(), r.remark(), actor, now, now);
            return;
        }
        if (!sameCode.isEmpty() && !sameCode.contains(r.id())) {
            throw SalesError.GRADE_DUPLICATE.exception();
        }
        int n = jdbc.update("""
                update customer_grade set grade_code = ?, royalty_rate = ?, enabled = coalesce(?, enabled),
                    remark = ?, modify_time = ? where id = ?""", r.gradeCode(), r.royaltyRate(), r.enabled(),
                r.remark(), now, r.id());
        if (n == 0) {
            throw SalesError.GRADE_NOT_FOUND.exception();
        }
    }

    private void upsertPrice(long salesmanId, String checkItem, BigDecimal floorPrice) {
        jdbc.update("""
                insert into salesman_price (salesman_id, check_item, floor_price, modify_time) values (?, ?, ?, ?)
                on conflict (salesman_id, check_item) do update set floor_price = excluded.floor_price,
                    modify_time = excluded.modify_time""", salesmanId, checkItem, floorPrice, LocalDateTime.now(clock));
    }

    private void touch(long salesmanId) {
        jdbc.update("update salesman set modify_time = ? where salesman_id = ?", LocalDateTime.now(clock), salesmanId);
    }

    private void requireSalesman(long salesmanId) {
        Boolean exists = jdbc.queryForObject("select exists(select 1 from salesman where salesman_id = ?)",
                Boolean.class, salesmanId);
        if (!Boolean.TRUE.equals(exists)) {
            throw SalesError.SALESMAN_NOT_FOUND.exception();
        }
    }
}
