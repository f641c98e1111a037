package com.nuoer.sales.follow;

import com.nuoer.common.paging.PageResult;
import com.nuoer.common.session.SessionInfo;
import com.nuoer.sales.follow.FollowDtos.FollowListRequest;
import com.nuoer.sales.follow.FollowDtos.FollowView;
import com.nuoer.sales.follow.FollowDtos.OpportunityListRequest;
import com.nuoer.sales.follow.FollowDtos.OpportunityView;
import com.nuoer.sales.follow.FollowDtos.SaveFollowRequest;
import com.nuoer.sales.follow.FollowDtos.SaveOpportunityRequest;
import com.nuoer.sales.maintain.SalesScope;
import com.nuoer.sales.support.Rows;
import com.nuoer.sales.support.SalesError;
import com.nuoer.sales.support.Where;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Follow-ups (visits) of customers or opportunities, and the salesmen's opportunities. */
@Service
public class FollowService {

    private static final RowMapper<FollowView> FOLLOW = (rs, i) -> new FollowView(rs.getLong("id"),
            Rows.lng(rs, "create_by"), Rows.time(rs, "create_time"), Rows.time(rs, "modify_time"),
            Rows.lng(rs, "customer_id"), Rows.lng(rs, "opportunity_id"), rs.getString("target_name"),
            rs.getLong("salesman_id"), rs.getString("salesman_name"), rs.getString("follow_type"),
            Rows.date(rs, "follow_date"), rs.getString("contact_name"), rs.getString("contact_position"),
            rs.getString("contact_mobile"), rs.getString("flow_content"), rs.getString("enterprise_desc"),
            rs.getString("feedback"), Rows.list(rs.getString("imgs")).stream().map(String::valueOf).toList());

    private static final RowMapper<OpportunityView> OPPORTUNITY = (rs, i) -> new OpportunityView(rs.getLong("id"),
            Rows.lng(rs, "create_by"), Rows.time(rs, "create_time"), Rows.time(rs, "modify_time"),
            rs.getString("customer_name"), rs.getString("contact_name"), rs.getString("contact_mobile"),
            rs.getString("customer_nature"), rs.getLong("salesman_id"), rs.getString("salesman_name"),
            rs.getString("role_type"), Rows.lng(rs, "customer_id"));

    private static final String FOLLOW_SELECT = """
            select f.*, f.img_list::text as imgs, coalesce(c.organization_name, o.customer_name) as target_name,
                   s.salesman_name
            from follow_record f
            left join customer_view c on c.organization_id = f.customer_id
            left join opportunity o on o.id = f.opportunity_id
            left join salesman s on s.salesman_id = f.salesman_id""";

    private static final String OPPORTUNITY_SELECT = """
            select o.*, s.salesman_name from opportunity o left join salesman s on s.salesman_id = o.salesman_id""";

    private final JdbcTemplate jdbc;
    private final OpportunityRepository opportunities;
    private final SalesScope scope;
    private final Clock clock;

    public FollowService(JdbcTemplate jdbc, OpportunityRepository opportunities, SalesScope scope, Clock clock) {
        this.jdbc = jdbc;
        this.opportunities = opportunities;
        this.scope = scope;
        this.clock = clock;
    }

    // ------------------------------------------------------------------ follow-ups

    /** 4.5.7: a visit of one of the salesman's customers or opportunities (customerId wins); returns the id. */
    @Transactional
    public long saveFollow(SaveFollowRequest r, SessionInfo s) {
        long me = SalesScope.self(s);
        Long customerId = r.customerId();
        Long opportunityId = customerId == null ? r.opportunityId() : null;
        if (customerId == null && opportunityId == null) {
            throw SalesError.FOLLOW_TARGET_REQUIRED.exception();
        }
        if (customerId != null) {
            scope.requireCustomer(s, customerId);
        } else {
            requireOwnOpportunity(s, opportunityId);
        }
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDate date = r.followDate() == null ? now.toLocalDate() : LocalDate.parse(r.followDate());
        String imgs = Rows.toJson(r.imgList());
        if (r.id() != null) {
            Long owner = jdbc.queryForList("select salesman_id from follow_record where id = ?", Long.class, r.id())
                    .stream().findFirst().orElseThrow(SalesError.FOLLOW_NOT_FOUND::exception);
            if (!SalesScope.isManager(s) && owner != me) {
                throw SalesError.FOLLOW_NOT_FOUND.exception();
            }
            jdbc.update("""
                    update follow_record set customer_id = ?, opportunity_id = ?, follow_date = ?, contact_name = ?,
                        contact_position = ?, contact_mobile = ?, flow_content = ?, enterprise_desc = ?, feedback = ?,
                        img_list = cast(? as jsonb), modify_time = ? where id = ?""", customerId, opportunityId, date,
                    r.contactName(), r.contactPosition(), r.contactMobile(), r.flowContent(), r.enterpriseDesc(),
                    r.feedback(), imgs, now, r.id());
            return r.id();
        }
        return jdbc.queryForObject("""
                insert into follow_record (customer_id, opportunity_id, salesman_id, follow_type, follow_date,
                    contact_name, contact_position, contact_mobile, flow_content, enterprise_desc, feedback, img_list,
                    create_by, create_time, modify_time)
                values (?, ?, ?, 'visit', ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?) returning id""", Long.class,
                customerId, opportunityId, me, date, r.contactName(), r.contactPosition(), r.contactMobile(),
                r.flowContent(), r.enterpriseDesc(), r.feedback(), imgs, s.userId(), now, now);
    }

    /** 3.7.52 (scope null) and 4.5.8 (the salesman's customers and his own opportunities). */
    public PageResult<FollowView> follows(FollowListRequest r, SessionInfo s, boolean salesApp) {
        Where w = new Where();
        if (salesApp) {
            scope.requireCustomers(s, r.customerIds());
            if (r.opportunityIds() != null) {
                r.opportunityIds().forEach(id -> requireOwnOpportunity(s, id));
            }
            if (!SalesScope.isManager(s)) {
                Set<Long> visible = scope.visibleCustomers(s);
                String in = visible.isEmpty() ? "false"
                        : "f.customer_id in (" + String.join(",", visible.stream().map(String::valueOf).toList()) + ")";
                w.and("(" + in + " or (f.customer_id is null and f.salesman_id = ?))", SalesScope.self(s));
            }
        } else {
            w.andIf(r.salesmanId() != null, "f.salesman_id = ?", r.salesmanId());
        }
        if (Where.has(r.customerIds())) {
            w.in("f.customer_id", r.customerIds());
        }
        if (Where.has(r.opportunityIds())) {
            w.in("f.opportunity_id", r.opportunityIds());
        }
        if (Where.has(r.keyword())) {
            String like = Where.like(r.keyword());
            w.and("(c.organization_name like ? or o.customer_name like ? or f.contact_name like ? "
                    + "or f.flow_content like ?)", like, like, like, like);
        }
        w.andIf(Where.has(r.followDateGte()), "f.follow_date >= cast(? as date)", r.followDateGte());
        w.andIf(Where.has(r.followDateLte()), "f.follow_date <= cast(? as date)", r.followDateLte());
        w.andIf(Where.has(r.followType()), "f.follow_type = ?", r.followType());
        return r.slice().run(
                () -> jdbc.queryForObject("select count(*) from (" + FOLLOW_SELECT + w.sql() + ") x", Long.class,
                        w.args()),
                (offset, limit) -> jdbc.query(FOLLOW_SELECT + w.sql()
                        + " order by f.follow_date desc, f.id desc limit ? offset ?", FOLLOW, w.args(limit, offset)));
    }

    // ------------------------------------------------------------------ opportunities

    /** 4.5.18: create or edit one of the salesman's opportunities; returns its id. */
    @Transactional
    public long saveOpportunity(SaveOpportunityRequest r, SessionInfo s) {
        LocalDateTime now = LocalDateTime.now(clock);
        if (r.id() != null) {
            Opportunity o = ownOpportunity(s, r.id());
            o.edit(r.customerName(), r.contactName(), r.contactMobile(), r.customerNature(), now);
            return opportunities.saveAndFlush(o).getId();
        }
        long me = SalesScope.self(s);
        String roleType = s.roleType() != null ? s.roleType() : jdbc.queryForList(
                "select role_type from salesman where salesman_id = ?", String.class, me).stream().findFirst()
                .orElse("inner");
        return opportunities.saveAndFlush(Opportunity.open(r.customerName(), r.contactName(), r.contactMobile(),
                r.customerNature(), me, roleType, s.userId(), now)).getId();
    }

    /** 3.7.53 (all) and 4.5.19 (own, converted ones hidden by default). */
    public PageResult<OpportunityView> opportunities(OpportunityListRequest r, SessionInfo s, boolean salesApp) {
        Where w = new Where().and("not o.deleted");
        Long salesman = salesApp ? (SalesScope.isManager(s) ? null : SalesScope.self(s)) : r.salesmanId();
        w.andIf(salesman != null, "o.salesman_id = ?", salesman);
        if (Where.has(r.keyword())) {
            String like = Where.like(r.keyword());
            w.and("(o.customer_name like ? or o.contact_name like ? or o.contact_mobile like ?)", like, like, like);
        }
        w.andIf(Where.has(r.createTimeGte()), "o.create_time >= cast(? as timestamp)", r.createTimeGte());
        w.andIf(Where.has(r.createTimeLte()), "o.create_time <= cast(? as timestamp)", r.createTimeLte());
        boolean hide = salesApp ? !Boolean.FALSE.equals(r.hiddenConverted()) : Boolean.TRUE.equals(r.hiddenConverted());
        w.andIf(hide, "o.customer_id is null");
        if (!salesApp && Where.has(r.customerIds())) {
            w.in("o.customer_id", r.customerIds());
        }
        return r.slice().run(
                () -> jdbc.queryForObject("select count(*) from opportunity o" + w.sql(), Long.class, w.args()),
                (offset, limit) -> jdbc.query(OPPORTUNITY_SELECT + w.sql() + " order by o.create_time desc, o.id desc "
                        + "limit ? offset ?", OPPORTUNITY, w.args(limit, offset)));
    }

    /** 3.7.54 (crm: any) / 4.5.20 (sales: own only); deleting twice is harmless. */
    @Transactional
    public void deleteOpportunity(long id, SessionInfo s, boolean salesApp) {
        Opportunity o = salesApp ? ownOpportunity(s, id)
                : opportunities.findById(id).orElseThrow(SalesError.OPPORTUNITY_NOT_FOUND::exception);
        o.delete(LocalDateTime.now(clock));
        opportunities.saveAndFlush(o);
    }

    private Opportunity ownOpportunity(SessionInfo s, long id) {
        Opportunity o = opportunities.findById(id).orElseThrow(SalesError.OPPORTUNITY_NOT_FOUND::exception);
        if (!SalesScope.isManager(s) && !o.ownedBy(SalesScope.self(s))) {
            throw SalesError.OPPORTUNITY_NOT_FOUND.exception();
        }
        return o;
    }

    private void requireOwnOpportunity(SessionInfo s, long id) {
        ownOpportunity(s, id);
    }
}
