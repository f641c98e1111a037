package com.nuoer.sales.stat;

import com.nuoer.common.feign.Remote;
import com.nuoer.common.session.SessionInfo;
import com.nuoer.sales.maintain.SalesScope;
import com.nuoer.sales.stat.StatDtos.BacklogView;
import com.nuoer.sales.stat.StatDtos.CallStatisticsView;
import com.nuoer.sales.stat.StatDtos.CoreView;
import com.nuoer.sales.stat.StatDtos.PerfStatisticsRequest;
import com.nuoer.sales.stat.StatDtos.PerfStatisticsView;
import com.nuoer.sales.stat.StatDtos.RankingRequest;
import com.nuoer.sales.stat.StatDtos.RankingView;
import com.nuoer.sales.stat.StatDtos.SummaryRequest;
import com.nuoer.sales.stat.StatDtos.SummaryView;
import com.nuoer.sales.support.Rows;
import com.nuoer.sales.support.Where;
import com.nuoer.sales.target.TargetDtos.KpiTargets;
import com.nuoer.sales.target.TargetService;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/** The sales home ({@code /mt/sales/index/*}): the caller's own figures (an app manager: everybody's). */
@Service
public class SalesIndexService {

    private static final Logger log = LoggerFactory.getLogger(SalesIndexService.class);

    private final JdbcTemplate jdbc;
    private final StatQueryService stats;
    private final SalesScope scope;
    private final TargetService targets;
    private final BillingCountersClient billing;
    private final Clock clock;

    public SalesIndexService(JdbcTemplate jdbc, StatQueryService stats, SalesScope scope, TargetService targets,
                             BillingCountersClient billing, Clock clock) {
        this.jdbc = jdbc;
        this.stats = stats;
        this.scope = scope;
        this.targets = targets;
        this.billing = billing;
        this.clock = clock;
    }

    /** 4.4.1. */
    public CoreView core(SessionInfo s) {
        Long salesman = scope.salesmanFor(s, null);
        LocalDate today = LocalDate.now(clock);
        Map<String, Object> curr = stats.totals(salesman, Period.index(30, today), null);
        Map<String, Object> prev = stats.totals(salesman, Period.index(40, today), null);
        return new CoreView((BigDecimal) curr.get("sales_amount"), (BigDecimal) curr.get("royalty_amount"),
                (BigDecimal) prev.get("sales_amount"), (BigDecimal) prev.get("royalty_amount"));
    }

    /** 4.4.2. */
    public SummaryView summary(SessionInfo s, SummaryRequest r) {
        Long salesman = scope.salesmanFor(s, null);
        Period p = Period.of(r.dateType(), r.statisticsDate());
        Map<String, Object> t = stats.totals(salesman, p, null);
        BigDecimal target = null;
        if (salesman != null) {
            KpiTargets kt = targets.targetsOf(salesman);
            if (kt != null) {
                target = switch (r.dateType()) {
                    case "monthly" -> kt.month();
                    case "yearly" -> kt.year();
                    default -> kt.month() == null ? null : kt.month()
                            .divide(BigDecimal.valueOf(p.from().lengthOfMonth()), 2, RoundingMode.HALF_UP);
                };
            }
        }
        return new SummaryView(r.statisticsDate(), (BigDecimal) t.get("sales_amount"),
                ((Number) t.get("charge_calls")).longValue(), (BigDecimal) t.get("payment_amount"),
                (BigDecimal) t.get("royalty_amount"), r.dateType(), target);
    }

    /**
     * 4.4.3: unsigned authorised products from the local deptItem projection (contractState of DeptItemChanged:
     * opened, not signed online or offline); invoice/receivable counts from svc-billing's counters per developer
     * account, left out when billing is down or slow.
     */
    public BacklogView backlog(SessionInfo s) {
        Set<Long> visible = scope.visibleCustomers(s);
        Where w = new Where().and("not di.deleted").and("di.state = 10")
                .and("(di.contract_state is null or di.contract_state not in (80, 100))");
        if (visible != null) {
            w.in("d.organization_id", visible);
        }
        Long unsigned = jdbc.queryForObject("select count(*) from dept_item_view di join dept_view d "
                + "on d.dept_id = di.dept_id" + w.sql(), Long.class, w.args());
        Where dw = new Where();
        if (visible != null) {
            dw.in("organization_id", visible);
        }
        List<Long> depts = jdbc.queryForList("select dept_id from dept_view" + dw.sql() + " order by dept_id limit 200",
                Long.class, dw.args());
        Long waitInvoice = 0L;
        Long receivable = 0L;
        try {
            for (Long deptId : depts) {
                BillingCountersClient.BillingCounters c = Remote.data("svc-billing", billing.counters(deptId));
                if (c != null) {
                    waitInvoice += c.waitInvoiceCount() == null ? 0 : c.waitInvoiceCount();
                    // an account counts as 「待回款」 when billing reports a statement with an amount still receivable
                    receivable += c.receivableCount() != null && c.receivableCount() > 0 ? 1 : 0;
                }
            }
        } catch (RuntimeException e) {
            log.warn("sales backlog: svc-billing unavailable, answering without its figures: {}", e.toString());
            return new BacklogView(unsigned, null, null);
        }
        return new BacklogView(unsigned, receivable, waitInvoice);
    }

    /** 4.4.4. */
    public List<RankingView> ranking(SessionInfo s, RankingRequest r) {
        Long salesman = scope.salesmanFor(s, r.salesmanId());
        scope.requireDepts(s, r.deptIdList());
        Set<Long> visible = scope.visibleCustomers(s);
        return stats.ranking(Period.index(r.dateType(), LocalDate.now(clock)), salesman, visible, r.deptIdList());
    }

    /** 4.4.5: per customer (displayType 1) or per date (2). */
    public List<PerfStatisticsView> perfStatistics(SessionInfo s, PerfStatisticsRequest r) {
        Long salesman = scope.salesmanFor(s, r.salesmanId());
        String dateType = r.dateType() == null ? "monthly" : r.dateType();
        Period p = Period.between(dateType, r.statisticsDateGte(), r.statisticsDateLte(), LocalDate.now(clock));
        Where w = StatQueryService.stat(salesman, p, scope.visibleCustomers(s));
        String label = switch (dateType) {
            case "daily" -> "to_char(st.statistics_date, 'YYYY-MM-DD')";
            case "yearly" -> "to_char(st.statistics_date, 'YYYY')";
            default -> "to_char(st.statistics_date, 'YYYY-MM')";
        };
        boolean byCustomer = r.displayType() == null || r.displayType() == 1;
        String sql = byCustomer
                ? "select st.customer_id, min(c.organization_name) as customer_name, " + StatQueryService.amounts(
                        salesman == null) + " from sales_stat st left join customer_view c on c.organization_id = "
                        + "st.customer_id" + w.sql() + " group by st.customer_id order by sales_amount desc"
                : "select " + label + " as label, " + StatQueryService.amounts(salesman == null)
                        + " from sales_stat st" + w.sql() + " group by 1 order by 1";
        String periodLabel = Period.label(dateType, p.from()) + (p.to().minusDays(1).equals(p.from()) ? ""
                : "~" + Period.label(dateType, p.to().minusDays(1)));
        return jdbc.query(sql, (rs, i) -> new PerfStatisticsView(byCustomer ? rs.getLong("customer_id") : null,
                byCustomer ? rs.getString("customer_name") : null, salesman, dateType,
                byCustomer ? periodLabel : rs.getString("label"), Rows.decOrZero(rs, "sales_amount"),
                rs.getLong("charge_calls"), Rows.decOrZero(rs, "payment_amount")), w.args());
    }

    /** 4.4.6: calls and amounts per product. */
    public List<CallStatisticsView> callStatistics(SessionInfo s, RankingRequest r) {
        Long salesman = scope.salesmanFor(s, r.salesmanId());
        scope.requireDepts(s, r.deptIdList());
        Period p = Period.index(r.dateType(), LocalDate.now(clock));
        Where w = StatQueryService.stat(salesman, p, scope.visibleCustomers(s)).and("st.check_item <> ''");
        if (Where.has(r.deptIdList())) {
            w.in("st.dept_id", r.deptIdList());
        }
        return jdbc.query("select st.check_item, min(ci.item_name) as item_name, "
                + StatQueryService.amounts(salesman == null) + " from sales_stat st left join check_item_view ci "
                + "on ci.check_item = st.check_item" + w.sql() + " group by st.check_item order by call_count desc",
                (rs, i) -> new CallStatisticsView(rs.getString("check_item"),
                        rs.getString("item_name") == null ? rs.getString("check_item") : rs.getString("item_name"),
                        null, rs.getLong("call_count"), Rows.decOrZero(rs, "sales_amount")), w.args());
    }
}
