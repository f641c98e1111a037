package com.nuoer.sales.maintain;

import com.nuoer.common.messaging.EventTypes;
import com.nuoer.common.messaging.OutboxPublisher;
import com.nuoer.common.messaging.Topics;
import com.nuoer.common.messaging.events.CustomerAssigned;
import com.nuoer.common.paging.PageResult;
import com.nuoer.common.session.SessionInfo;
import com.nuoer.sales.maintain.MaintainRequests.AssignInfo;
import com.nuoer.sales.maintain.MaintainRequests.AssignRequest;
import com.nuoer.sales.maintain.MaintainRequests.BatchAssignRequest;
import com.nuoer.sales.maintain.MaintainRequests.EditAssistantRequest;
import com.nuoer.sales.maintain.MaintainRequests.EditGainChannelRequest;
import com.nuoer.sales.maintain.MaintainRequests.HandoverDetail;
import com.nuoer.sales.maintain.MaintainRequests.HandoverRequest;
import com.nuoer.sales.maintain.MaintainRequests.MaintainListRequest;
import com.nuoer.sales.stat.StatService;
import com.nuoer.sales.support.Rows;
import com.nuoer.sales.support.SalesError;
import com.nuoer.sales.support.Where;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Customer ↔ salesman assignment (flow F13-5): every change invalidates the customer's valid maintain record,
 * writes a new one, publishes {@code CustomerAssigned} through the outbox and recomputes the customer's performance
 * rows from the new effect month.
 */
@Service
public class MaintainService {

    static final String SELECT = """
            select m.*, c.organization_name, c.state as customer_state, c.deleted as customer_deleted, c.join_time,
                   c.linkman, c.link_mobile, c.industry, s.salesman_name,
                   coalesce(m.dept_id, d.dept_id) as eff_dept_id, d.contract_state
            from customer_maintain m
            join customer_view c on c.organization_id = m.customer_id
            left join salesman s on s.salesman_id = m.salesman_id
            left join lateral (select dv.dept_id, dv.contract_state from dept_view dv
                               where dv.organization_id = m.customer_id
                               order by (dv.env = 'prod') desc, dv.dept_id limit 1) d on true
            """;

    static final RowMapper<MaintainView> MAPPER = (rs, i) -> new MaintainView(
            rs.getLong("id"), Rows.lng(rs, "create_by"), Rows.time(rs, "create_time"), Rows.time(rs, "modify_time"),
            rs.getLong("customer_id"), rs.getString("organization_name"), Rows.lng(rs, "salesman_id"),
            rs.getString("salesman_name"), rs.getInt("state"), rs.getString("effect_month"),
            Rows.time(rs, "assign_time"), rs.getString("grade_code"), Rows.dec(rs, "royalty_rate"),
            rs.getString("gain_channel"), rs.getBoolean("customer_deleted") ? Integer.valueOf(-1)
                    : Rows.integer(rs, "customer_state"), Rows.time(rs, "join_time"), rs.getString("linkman"),
            rs.getString("link_mobile"), rs.getString("industry"), Rows.lng(rs, "eff_dept_id"),
            Rows.integer(rs, "contract_state"));

    private final JdbcTemplate jdbc;
    private final CustomerMaintainRepository records;
    private final OutboxPublisher outbox;
    private final StatService stats;
    private final Clock clock;

    public MaintainService(JdbcTemplate jdbc, CustomerMaintainRepository records, OutboxPublisher outbox,
                           StatService stats, Clock clock) {
        this.jdbc = jdbc;
        this.records = records;
        this.outbox = outbox;
        this.stats = stats;
        this.clock = clock;
    }

    // ------------------------------------------------------------------ queries

    /** Valid maintain records (3.5.1, 3.7.9); {@code scope} null = all customers. */
    public PageResult<MaintainView> list(MaintainListRequest r, java.util.Set<Long> scope) {
        if (Where.has(r.nearFollowDateGte()) && Where.has(r.nearFollowDateLt())) {
            throw com.nuoer.common.error.BizException.badRequest("nearFollowDateGte和nearFollowDateLt仅支持传递一个");
        }
        Where w = new Where().and("m.state = 1");
        w.andIf(Where.has(r.customerNameLike()), "c.organization_name like ?", Where.has(r.customerNameLike())
                ? Where.like(r.customerNameLike()) : null);
        if (Where.has(r.salesmanIds())) {
            w.in("m.salesman_id", r.salesmanIds());
        }
        if (Where.has(r.gradeCodes())) {
            w.in("m.grade_code", r.gradeCodes());
        }
        if (scope != null) {
            w.in("m.customer_id", scope);
        }
        String nearFollow = "(select max(f.follow_date) from follow_record f where f.customer_id = m.customer_id)";
        if (Where.has(r.nearFollowDateGte())) {
            w.and(nearFollow + " >= cast(? as date)", r.nearFollowDateGte());
        }
        if (Where.has(r.nearFollowDateLt())) {
            w.and("(" + nearFollow + " < cast(? as date) or " + nearFollow + " is null)", r.nearFollowDateLt());
        }
        return r.slice().run(
                () -> jdbc.queryForObject("select count(*) from customer_maintain m join customer_view c "
                        + "on c.organization_id = m.customer_id" + w.sql(), Long.class, w.args()),
                (offset, limit) -> jdbc.query(SELECT + w.sql() + " order by m.assign_time desc, m.id desc limit ? offset ?",
                        MAPPER, w.args(limit, offset)));
    }

    /** Every maintain record of a customer, newest first (3.5.2, 3.7.11). */
    public List<MaintainView> histories(long customerId) {
        requireCustomer(customerId);
        return jdbc.query(SELECT + " where m.customer_id = ? order by m.assign_time desc, m.id desc", MAPPER, customerId);
    }

    // ------------------------------------------------------------------ commands

    @Transactional
    public void assign(AssignRequest r, SessionInfo actor) {
        requireCustomer(r.customerId());
        reassign(r.customerId(), r.deptId(), r.salesmanId(), r.gradeCode(), r.royaltyRate(), r.effectMonth(),
                r.gainChannel(), false, actor.userId());
    }

    @Transactional
    public void batchAssign(BatchAssignRequest r, SessionInfo actor) {
        for (AssignInfo info : r.infoList()) {
            requireCustomer(info.customerId());
            reassign(info.customerId(), null, r.salesmanId(), info.gradeCode(), info.royaltyRate(),
                    info.effectMonth(), null, false, actor.userId());
        }
    }

    @Transactional
    public void editAssistant(EditAssistantRequest r, SessionInfo actor) {
        long customerId = customerOfMerchant(r.merchantId());
        reassign(customerId, null, r.assistantId(), r.gradeCode(), r.royaltyRate(), r.royaltyEffectMonth(),
                r.gainChannel(), false, actor.userId());
    }

    @Transactional
    public void editGainChannel(EditGainChannelRequest r, SessionInfo actor) {
        long customerId = customerOfMerchant(r.merchantId());
        CustomerMaintain valid = records.findValidForUpdate(customerId)
                .orElseThrow(SalesError.NOT_ASSIGNED::exception);
        LocalDateTime now = LocalDateTime.now(clock);
        valid.changeGainChannel(r.gainChannel(), now);
        records.saveAndFlush(valid);
        publish(customerId, valid.getSalesmanId(), valid.getGradeCode(), valid.getRoyaltyRate(),
                valid.getGainChannel(), valid.getEffectMonth(), valid.getAssignTime(), now);
    }

    /** 3.4.12: the listed customers of the staff member go to their targets (grade/royalty kept unless given). */
    @Transactional
    public void handover(HandoverRequest r, SessionInfo actor) {
        Long fromSalesman = salesmanOfStaff(r.staffId());
        List<HandoverDetail> details = r.details() == null ? List.of() : r.details();
        if (details.isEmpty()) {
            Long still = jdbc.queryForObject("select count(*) from customer_maintain where state = 1 and salesman_id = ?",
                    Long.class, fromSalesman);
            if (still != null && still > 0) {
                throw new com.nuoer.common.error.BizException(com.nuoer.common.error.ErrorCode.VALIDATION_FAILED,
                        "details: 该员工仍维护" + still + "个客户，请指定交接对象");
            }
            return;
        }
        for (HandoverDetail d : details) {
            requireCustomer(d.customerId());
            Long targetSalesman = salesmanOfStaff(d.targetStaffId());
            CustomerMaintain valid = records.findValidForUpdate(d.customerId()).orElse(null);
            boolean inner = valid != null && fromSalesman.equals(valid.getSalesmanId());
            int spreaderRows = jdbc.queryForObject("select count(*) from spreader_royalty where customer_id = ? "
                    + "and spreader_id = ? and state = 'VALID'", Integer.class, d.customerId(), fromSalesman);
            if (!inner && spreaderRows == 0) {
                throw SalesError.NOT_MAINTAINED_BY_STAFF.exception("客户" + d.customerId() + "不由交接员工维护");
            }
            if (inner) {
                reassign(d.customerId(), null, targetSalesman,
                        d.gradeCode() != null ? d.gradeCode() : valid.getGradeCode(),
                        d.royaltyRate() != null ? d.royaltyRate() : valid.getRoyaltyRate(),
                        r.effectMonth(), null, true, actor.userId());
            }
            if (spreaderRows > 0) {
                moveSpreaderRoyalties(d.customerId(), fromSalesman, targetSalesman, r.effectMonth(), actor.userId());
            }
        }
    }

    /**
     * CustomerRegistered: the first maintain record of the new customer (when it has a salesman and none exists yet).
     */
    @Transactional
    public void registered(long customerId, Long assistantId, String gradeCode, BigDecimal royaltyRate,
                           String effectMonth, String gainChannel) {
        if (assistantId == null || records.findValidForUpdate(customerId).isPresent()) {
            return;
        }
        Boolean known = jdbc.queryForObject("select exists(select 1 from salesman where salesman_id = ?)",
                Boolean.class, assistantId);
        if (!Boolean.TRUE.equals(known)) {
            // the salesman is not (yet) a sales salesman: keep the assignment anyway, the name comes later
            jdbc.update("""
                    insert into salesman (salesman_id, salesman_staff_id, salesman_name, role_type)
                    select ?, coalesce((select staff_id from staff_view where user_id = ? limit 1), -?),
                           (select name from staff_view where user_id = ? limit 1), 'inner'
                    on conflict do nothing""", assistantId, assistantId, assistantId, assistantId);
        }
        reassign(customerId, null, assistantId, gradeCode, royaltyRate, effectMonth, gainChannel, true, null);
    }

    // ------------------------------------------------------------------ internals

    private void reassign(long customerId, Long deptId, long salesmanId, String gradeCode, BigDecimal royaltyRate,
                          String effectMonth, String gainChannel, boolean allowInactive, Long actor) {
        Map<String, Object> salesman = jdbc.queryForList("select salesman_id, salesman_name, active from salesman "
                + "where salesman_id = ?", salesmanId).stream().findFirst()
                .orElseThrow(SalesError.SALESMAN_NOT_FOUND::exception);
        if (!allowInactive && !Boolean.TRUE.equals(salesman.get("active"))) {
            throw SalesError.SALESMAN_INACTIVE.exception();
        }
        BigDecimal rate = royaltyRate;
        if (gradeCode != null && !gradeCode.isBlank()) {
            List<BigDecimal> gradeRate = jdbc.queryForList("select royalty_rate from customer_grade where grade_code = ?",
                    BigDecimal.class, gradeCode);
            if (gradeRate.isEmpty()) {
                throw SalesError.GRADE_NOT_FOUND.exception("客户分级" + gradeCode + "不存在");
            }
            if (rate == null) {
                rate = gradeRate.get(0);
            }
        }
        LocalDateTime now = LocalDateTime.now(clock);
        String month = effectMonth == null || effectMonth.isBlank() ? YearMonth.from(now).toString() : effectMonth;
        CustomerMaintain old = records.findValidForUpdate(customerId).orElse(null);
        String channel = gainChannel;
        if (old != null) {
            if (channel == null) {
                channel = old.getGainChannel();
            }
            old.invalidate(now);
            records.saveAndFlush(old);
        }
        records.saveAndFlush(CustomerMaintain.assign(customerId, deptId, salesmanId, month, gradeCode, rate, channel,
                actor, now));
        jdbc.update("update customer_view set assistant_id = ? where organization_id = ?", salesmanId, customerId);
        publish(customerId, salesmanId, gradeCode, rate, channel, month, now, now);
        String from = old != null && old.getEffectMonth().compareTo(month) < 0 ? old.getEffectMonth() : month;
        stats.rebuildCustomer(customerId, YearMonth.parse(from).atDay(1));
    }

    private void moveSpreaderRoyalties(long customerId, long from, long to, String effectMonth, Long actor) {
        LocalDateTime now = LocalDateTime.now(clock);
        String month = effectMonth == null || effectMonth.isBlank() ? YearMonth.from(now).toString() : effectMonth;
        List<Map<String, Object>> rows = jdbc.queryForList("select * from spreader_royalty where customer_id = ? "
                + "and spreader_id = ? and state = 'VALID'", customerId, from);
        for (Map<String, Object> row : rows) {
            jdbc.update("update spreader_royalty set state = 'INVALID', modify_time = ? where id = ?", now, row.get("id"));
            jdbc.update("""
                    insert into spreader_royalty (customer_id, dept_id, dept_item_id, check_item, spreader_id,
                        royalty_type, royalty_price, royalty_rate, state, effect_month, assign_time, create_by)
                    values (?, ?, ?, ?, ?, ?, ?, ?, 'VALID', ?, ?, ?)
                    on conflict (dept_item_id, spreader_id) do update set royalty_type = excluded.royalty_type,
                        royalty_price = excluded.royalty_price, royalty_rate = excluded.royalty_rate, state = 'VALID',
                        effect_month = excluded.effect_month, assign_time = excluded.assign_time,
                        modify_time = excluded.assign_time""",
                    customerId, row.get("dept_id"), row.get("dept_item_id"), row.get("check_item"), to,
                    row.get("royalty_type"), row.get("royalty_price"), row.get("royalty_rate"), month, now, actor);
        }
        stats.rebuildCustomer(customerId, YearMonth.parse(month).atDay(1));
    }

    private void publish(long customerId, Long salesmanId, String gradeCode, BigDecimal rate, String channel,
                         String month, LocalDateTime assignTime, LocalDateTime now) {
        String name = salesmanId == null ? null : jdbc.queryForList(
                "select salesman_name from salesman where salesman_id = ?", String.class, salesmanId)
                .stream().findFirst().orElse(null);
        long millis = now.atZone(clock.getZone()).toInstant().toEpochMilli();
        long version = jdbc.queryForList("""
                update customer_view set assign_version = greatest(assign_version + 1, ?) where organization_id = ?
                returning assign_version""", Long.class, millis, customerId).stream().findFirst().orElse(millis);
        outbox.publish(Topics.SALES_EVENT, EventTypes.CUSTOMER_ASSIGNED, customerId,
                new CustomerAssigned(customerId, salesmanId, name, gradeCode, rate, channel, month, assignTime, version));
    }

    void requireCustomer(long customerId) {
        Boolean exists = jdbc.queryForObject("select exists(select 1 from customer_view where organization_id = ? "
                + "and not deleted)", Boolean.class, customerId);
        if (!Boolean.TRUE.equals(exists)) {
            throw SalesError.CUSTOMER_NOT_FOUND.exception();
        }
    }

    private long customerOfMerchant(long merchantId) {
        return jdbc.queryForList("select organization_id from customer_view where merchant_id = ? and not deleted",
                Long.class, merchantId).stream().findFirst().orElseThrow(SalesError.CUSTOMER_NOT_FOUND::exception);
    }

    private Long salesmanOfStaff(long staffId) {
        return jdbc.queryForList("select salesman_id from salesman where salesman_staff_id = ?", Long.class, staffId)
                .stream().findFirst().orElseThrow(SalesError.STAFF_NOT_FOUND::exception);
    }
}
