package com.nuoer.sales.stat;

import com.nuoer.common.paging.PageResult;
import com.nuoer.sales.maintain.SpreaderRoyaltyService;
import com.nuoer.sales.maintain.SpreaderRoyaltyService.SpreaderRoyaltyView;
import com.nuoer.sales.stat.StatDtos.KpiLine;
import com.nuoer.sales.stat.StatDtos.PerfListRequest;
import com.nuoer.sales.stat.StatDtos.PerfView;
import com.nuoer.sales.stat.StatDtos.RankingView;
import com.nuoer.sales.stat.StatDtos.SalesmanStatRequest;
import com.nuoer.sales.stat.StatDtos.SalesmanStatView;
import com.nuoer.sales.stat.StatDtos.Sums;
import com.nuoer.sales.stat.StatDtos.TrendDay;
import com.nuoer.sales.stat.StatDtos.TrendItem;
import com.nuoer.sales.stat.StatDtos.TrendView;
import com.nuoer.sales.support.Rows;
import com.nuoer.sales.support.SalesError;
import com.nuoer.sales.support.Where;
import com.nuoer.sales.target.TargetDtos.KpiDetail;
import com.nuoer.sales.target.TargetDtos.KpiTargets;
import com.nuoer.sales.target.TargetService;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Reads of the SalesStat read model (never the raw events): performance with targets and KPIs, statistics per
 * salesman / customer / authorised product, trends and rankings. {@code salesmanId} null = every salesman; then
 * amounts and calls count the maintaining (inner) rows only, so a spreader's share is not counted twice, while
 * royalties add up over everybody.
 */
@Service
public class StatQueryService {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private final JdbcTemplate jdbc;
    private final TargetService targets;
    private final SpreaderRoyaltyService royalties;

    public StatQueryService(JdbcTemplate jdbc, TargetService targets, SpreaderRoyaltyService royalties) {
        this.jdbc = jdbc;
        this.targets = targets;
        this.royalties = royalties;
    }

    /** Aggregate columns over sales_stat {@code st}. */
    static String amounts(boolean everybody) {
        String inner = everybody ? "case when st.role_type = 'inner' then %s else 0 end" : "%s";
        return "coalesce(sum(" + inner.formatted("st.sales_amount") + "), 0) as sales_amount, "
                + "coalesce(sum(" + inner.formatted("st.charge_calls") + "), 0) as charge_calls, "
                + "coalesce(sum(" + inner.formatted("st.call_count") + "), 0) as call_count, "
                + "coalesce(sum(st.royalty_amount), 0) as royalty_amount, "
                + "coalesce(sum(st.payment_amount), 0) as payment_amount";
    }

    /** Totals of a salesman (null = all) over a period, optionally limited to customers. */
    public Map<String, Object> totals(Long salesmanId, Period p, Collection<Long> customers) {
        Where w = stat(salesmanId, p, customers);
        return jdbc.queryForMap("select " + amounts(salesmanId == null) + " from sales_stat st" + w.sql(), w.args());
    }

    static Where stat(Long salesmanId, Period p, Collection<Long> customers) {
        Where w = new Where().and("st.statistics_date >= ?", p.from()).and("st.statistics_date < ?", p.to());
        w.andIf(salesmanId != null, "st.salesman_id = ?", salesmanId);
        if (customers != null) {
            w.in("st.customer_id", customers);
        }
        return w;
    }

    // ------------------------------------------------------------------ 3.5.7 perf/list

    public List<PerfView> perf(PerfListRequest r) {
        Period p = Period.of(r.dateType(), r.statisticsDate());
        Where w = new Where().and("active");
        if (Where.has(r.salesmanIds())) {
            w.in("salesman_id", r.salesmanIds());
        }
        List<Map<String, Object>> salesmen = jdbc.queryForList(
                "select salesman_id, salesman_name from salesman" + w.sql() + " order by id", w.args());
        List<PerfView> out = new ArrayList<>();
        for (Map<String, Object> s : salesmen) {
            long id = (Long) s.get("salesman_id");
            Map<String, Object> t = totals(id, p, null);
            BigDecimal amount = (BigDecimal) t.get("sales_amount");
            BigDecimal payment = (BigDecimal) t.get("payment_amount");
            long calls = ((Number) t.get("charge_calls")).longValue();
            BigDecimal royalty = (BigDecimal) t.get("royalty_amount");
            KpiTargets kt = targets.targetsOf(id);
            BigDecimal target = kt == null ? null : switch (r.dateType()) {
                case "monthly" -> kt.month();
                case "yearly" -> kt.year();
                default -> kt.month() == null ? null
                        : kt.month().divide(BigDecimal.valueOf(p.from().lengthOfMonth()), 2, RoundingMode.HALF_UP);
            };
            List<KpiLine> lines = new ArrayList<>();
            BigDecimal reachKpi = BigDecimal.ZERO;
            for (KpiDetail d : targets.effectiveDetails(id)) {
                BigDecimal goal = number(d.target());
                BigDecimal actual = switch (d.code()) {
                    case "salesAmount" -> amount;
                    case "paymentAmount" -> payment;
                    case "chargeCalls" -> BigDecimal.valueOf(calls);
                    default -> null;
                };
                if (goal == null && ("salesAmount".equals(d.code()) || "paymentAmount".equals(d.code()))) {
                    goal = target;
                }
                BigDecimal reach = actual == null || goal == null || goal.signum() == 0 ? d.reachRate()
                        : actual.divide(goal, 4, RoundingMode.HALF_UP);
                lines.add(new KpiLine(d.code(), d.name(), goal == null ? d.target() : goal.toPlainString(),
                        d.weight(), reach));
                if (reach != null && d.weight() != null) {
                    reachKpi = reachKpi.add(reach.multiply(d.weight()).divide(HUNDRED, 4, RoundingMode.HALF_UP));
                }
            }
            BigDecimal factor = reachKpi.min(BigDecimal.ONE);
            out.add(new PerfView(id, (String) s.get("salesman_name"), r.dateType(), r.statisticsDate(), amount, calls,
                    payment, target, royalty, lines, reachKpi, royalty.multiply(factor).setScale(2, RoundingMode.HALF_UP)));
        }
        return out;
    }

    // ------------------------------------------------------------------ 3.5.19 statisticsList

    public PageResult<SalesmanStatView> salesmanStatistics(SalesmanStatRequest r) {
        Period p = Period.month(r.matchMonth());
        Where w = new Where().and("s.active");
        if (Where.has(r.keyword())) {
            String like = Where.like(r.keyword());
            w.and("(s.salesman_name like ? or s.mobile like ?)", like, like);
        }
        w.andIf(Where.has(r.roleType()), "s.role_type = ?", r.roleType());
        String customersOf = """
                (select customer_id from customer_maintain where state = 1 and salesman_id = s.salesman_id
                 union select customer_id from spreader_royalty where state = 'VALID' and spreader_id = s.salesman_id)""";
        String sql = """
                select s.*, (select count(*) from %1$s c) as customer_count,
                       (select count(*) from dept_item_view di join dept_view d on d.dept_id = di.dept_id
                        where di.state = 10 and not di.deleted and d.organization_id in %1$s) as dept_item_count,
                       a.*
                from salesman s
                left join lateral (select %2$s from sales_stat st
                                   where st.salesman_id = s.salesman_id and st.statistics_date >= ?
                                   and st.statistics_date < ?) a on true""".formatted(customersOf, amounts(false));
        return r.slice().run(
                () -> jdbc.queryForObject("select count(*) from salesman s" + w.sql(), Long.class, w.args()),
                (offset, limit) -> jdbc.query(sql + w.sql() + " order by a.sales_amount desc, s.id limit ? offset ?",
                        (rs, i) -> new SalesmanStatView(rs.getLong("salesman_id"), rs.getLong("salesman_staff_id"),
                                rs.getString("salesman_name"), rs.getString("role_type"), rs.getString("mobile"),
                                rs.getString("email"), r.matchMonth(), rs.getLong("customer_count"),
                                rs.getLong("dept_item_count"), Rows.decOrZero(rs, "sales_amount"),
                                rs.getLong("charge_calls"), Rows.decOrZero(rs, "royalty_amount")),
                        concat(new Object[] {p.from(), p.to()}, w.args(limit, offset))));
    }

    // ------------------------------------------------------------------ customer statistics (3.5.20, 4.5.14)

    /** Customers a salesman maintains (or earns royalties on, or had sales with) in the month. */
    static String customersOf(long salesmanId, Period p, List<Object> args) {
        args.add(salesmanId);
        args.add(salesmanId);
        args.add(salesmanId);
        args.add(p.from());
        args.add(p.to());
        return """
                (select customer_id from customer_maintain where state = 1 and salesman_id = ?
                 union select customer_id from spreader_royalty where state = 'VALID' and spreader_id = ?
                 union select customer_id from sales_stat where salesman_id = ? and statistics_date >= ?
                       and statistics_date < ?)""";
    }

    public PageResult<Map<String, Object>> customerStatistics(long salesmanId, String keyword, Long customerId,
                                                             String matchMonth,
                                                             com.nuoer.common.paging.PageParams page) {
        Period p = Period.month(matchMonth);
        List<Object> args = new ArrayList<>();
        String in = customersOf(salesmanId, p, args);
        Where w = new Where().and("c.organization_id in " + in, args.toArray());
        if (Where.has(keyword)) {
            String like = Where.like(keyword);
            w.and("(c.organization_name like ? or c.alias_name like ? or c.linkman like ? or c.mobile like ?)", like,
                    like, like, like);
        }
        w.andIf(customerId != null, "c.organization_id = ?", customerId);
        String sql = """
                select c.*, c.profile::text as profile_json, m.assign_time, m.grade_code, m.royalty_rate,
                       m.gain_channel, m.salesman_id as assistant, sm.salesman_name as assistant_name,
                       d.dept_id, d.app_id, d.white_ip_list,
                       (select max(f.follow_date) from follow_record f where f.customer_id = c.organization_id)
                           as near_follow_date, a.*
                from customer_view c
                left join customer_maintain m on m.customer_id = c.organization_id and m.state = 1
                left join salesman sm on sm.salesman_id = m.salesman_id
                left join lateral (select dv.dept_id, dv.app_id, dv.white_ip_list from dept_view dv
                                   where dv.organization_id = c.organization_id
                                   order by (dv.env = 'prod') desc, dv.dept_id limit 1) d on true
                left join lateral (select %s from sales_stat st where st.customer_id = c.organization_id
                                   and st.salesman_id = ? and st.statistics_date >= ? and st.statistics_date < ?) a
                    on true""".formatted(amounts(false));
        return page.slice().run(
                () -> jdbc.queryForObject("select count(*) from customer_view c" + w.sql(), Long.class, w.args()),
                (offset, limit) -> jdbc.query(sql + w.sql() + " order by a.sales_amount desc, c.organization_id "
                        + "limit ? offset ?", (rs, i) -> customerRow(rs),
                        concat(new Object[] {salesmanId, p.from(), p.to()}, w.args(limit, offset))));
    }

    private static Map<String, Object> customerRow(ResultSet rs) throws SQLException {
        Map<String, Object> profile = Rows.map(rs.getString("profile_json"));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("organizationId", rs.getLong("organization_id"));
        m.put("merchantId", Rows.lng(rs, "merchant_id"));
        m.put("mobile", rs.getString("mobile"));
        m.put("organizationName", rs.getString("organization_name"));
        m.put("aliasName", rs.getString("alias_name"));
        m.put("state", rs.getBoolean("deleted") ? Integer.valueOf(-1) : Rows.integer(rs, "state"));
        m.put("overdraftType", profile.get("overdraftType"));
        m.put("logo", profile.get("logo"));
        m.put("assistantId", Rows.lng(rs, "assistant"));
        m.put("assistantName", rs.getString("assistant_name"));
        m.put("linkman", rs.getString("linkman"));
        m.put("linkMobile", rs.getString("link_mobile"));
        m.put("email", rs.getString("email"));
        m.put("customerType", Rows.integer(rs, "customer_type"));
        m.put("industry", rs.getString("industry"));
        Long deptId = Rows.lng(rs, "dept_id");
        m.put("enableDevelop", deptId != null);
        m.put("deptId", deptId);
        m.put("appId", rs.getString("app_id"));
        // appSecret is never returned in lists (domain.md §6-9)
        m.put("authRecord", profile.get("authRecord"));
        m.put("createBy", profile.get("createBy"));
        m.put("createTime", profile.get("createTime"));
        m.put("certificationList", profile.get("certificationList"));
        m.put("whiteIpList", rs.getString("white_ip_list"));
        m.put("addressInfo", profile.get("addressInfo"));
        m.put("sourceAppcode", profile.get("sourceAppcode"));
        m.put("enabledApps", profile.get("enabledApps"));
        LocalDate near = Rows.date(rs, "near_follow_date");
        m.put("nearFollowDate", near == null ? profile.get("nearFollowDate") : near.toString());
        m.put("assignTime", Rows.time(rs, "assign_time"));
        m.put("gradeCode", rs.getString("grade_code"));
        m.put("royaltyRate", Rows.dec(rs, "royalty_rate"));
        m.put("gainChannel", rs.getString("gain_channel"));
        m.put("enterpriseDesc", rs.getString("enterprise_desc"));
        m.put("customerNature", rs.getString("customer_nature"));
        m.put("opportunitySalesmanId", Rows.lng(rs, "opportunity_salesman_id"));
        m.put("opportunityRoleType", rs.getString("opportunity_role_type"));
        m.put("salesAmount", Rows.decOrZero(rs, "sales_amount"));
        m.put("chargeCalls", rs.getLong("charge_calls"));
        m.put("royaltyAmount", Rows.decOrZero(rs, "royalty_amount"));
        m.values().removeIf(java.util.Objects::isNull);
        return m;
    }

    // ------------------------------------------------------------------ deptItem statistics (3.5.21, 4.5.15-17)

    private String deptItemSql(long salesmanId, String keyword, Long customerId, Period p, List<Object> args,
                               Where w) {
        List<Object> inArgs = new ArrayList<>();
        String in = customersOf(salesmanId, p, inArgs);
        w.and("not di.deleted").and("d.organization_id in " + in, inArgs.toArray());
        if (Where.has(keyword)) {
            String like = Where.like(keyword);
            w.and("(di.check_item like ? or di.item_name like ? or d.dept_name like ? or c.organization_name like ?)",
                    like, like, like, like);
        }
        w.andIf(customerId != null, "d.organization_id = ?", customerId);
        args.add(salesmanId);
        args.add(p.from());
        args.add(p.to());
        return """
                from dept_item_view di
                join dept_view d on d.dept_id = di.dept_id
                left join customer_view c on c.organization_id = d.organization_id
                left join check_item_view ci on ci.check_item = di.check_item
                left join lateral (select %s from sales_stat st where st.dept_id = di.dept_id
                                   and st.check_item = di.check_item and st.salesman_id = ?
                                   and st.statistics_date >= ? and st.statistics_date < ?) a on true"""
                .formatted(amounts(false));
    }

    public PageResult<Map<String, Object>> deptItemStatistics(long salesmanId, String keyword, Long customerId,
                                                             String matchMonth,
                                                             com.nuoer.common.paging.PageParams page) {
        Period p = Period.month(matchMonth);
        List<Object> joinArgs = new ArrayList<>();
        Where w = new Where();
        String from = deptItemSql(salesmanId, keyword, customerId, p, joinArgs, w);
        PageResult<Map<String, Object>> result = page.slice().run(
                () -> jdbc.queryForObject("select count(*) " + from + w.sql(), Long.class,
                        concat(joinArgs.toArray(), w.args())),
                (offset, limit) -> jdbc.query("select di.*, di.extra::text as extra_json, d.dept_name, "
                        + "c.organization_name, ci.price as list_price, ci.check_type, ci.applicable, a.* " + from
                        + w.sql() + " order by a.sales_amount desc, di.dept_item_id limit ? offset ?",
                        (rs, i) -> deptItemRow(rs), concat(joinArgs.toArray(), w.args(limit, offset))));
        List<Long> ids = result.results().stream().map(m -> (Long) m.get("id")).toList();
        Map<Long, List<SpreaderRoyaltyView>> byItem = royalties.ofDeptItems(ids).stream()
                .collect(Collectors.groupingBy(SpreaderRoyaltyView::deptItemId));
        result.results().forEach(m -> {
            List<SpreaderRoyaltyView> list = byItem.get((Long) m.get("id"));
            if (list != null) {
                m.put("spreaderRoyalties", list);
            }
        });
        return result;
    }

    /** Streams every row of the deptItem statistics (exports), up to the nonPage cap. */
    public void forEachDeptItem(long salesmanId, String keyword, Long customerId, String matchMonth,
                                Consumer<Map<String, Object>> row) {
        Period p = Period.month(matchMonth);
        List<Object> joinArgs = new ArrayList<>();
        Where w = new Where();
        String from = deptItemSql(salesmanId, keyword, customerId, p, joinArgs, w);
        jdbc.query("select di.*, di.extra::text as extra_json, d.dept_name, c.organization_name, "
                + "ci.price as list_price, ci.check_type, ci.applicable, a.* " + from + w.sql()
                + " order by a.sales_amount desc, di.dept_item_id limit 5000", rs -> {
            row.accept(deptItemRow(rs));
        }, concat(joinArgs.toArray(), w.args()));
    }

    public Sums deptItemSums(long salesmanId, String keyword, String matchMonth) {
        Period p = Period.month(matchMonth);
        List<Object> joinArgs = new ArrayList<>();
        Where w = new Where();
        String from = deptItemSql(salesmanId, keyword, null, p, joinArgs, w);
        return jdbc.queryForObject("select coalesce(sum(a.sales_amount), 0) s, coalesce(sum(a.charge_calls), 0) c, "
                + "coalesce(sum(a.royalty_amount), 0) r " + from + w.sql(), (rs, i) -> new Sums(rs.getBigDecimal("s"),
                rs.getLong("c"), rs.getBigDecimal("r")), concat(joinArgs.toArray(), w.args()));
    }

    private static Map<String, Object> deptItemRow(ResultSet rs) throws SQLException {
        Map<String, Object> extra = Rows.map(rs.getString("extra_json"));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", rs.getLong("dept_item_id"));
        m.put("updateDate", extra.get("updateDate"));
        m.put("checkItem", rs.getString("check_item"));
        m.put("itemName", rs.getString("item_name"));
        m.put("usedVersion", extra.get("usedVersion"));
        m.put("checkType", Rows.integer(rs, "check_type"));
        m.put("isOpen", Rows.integer(rs, "is_open"));
        m.put("price", Rows.dec(rs, "list_price"));
        m.put("deptId", rs.getLong("dept_id"));
        m.put("deptName", rs.getString("dept_name") != null ? rs.getString("dept_name")
                : rs.getString("organization_name"));
        m.put("state", Rows.integer(rs, "state"));
        m.put("fee", Rows.dec(rs, "fee"));
        m.put("chargeType", Rows.integer(rs, "charge_type"));
        m.put("feeType", Rows.integer(rs, "fee_type"));
        m.put("isFusion", Rows.bool(rs, "is_fusion"));
        m.put("feeDetail", rs.getString("fee_detail"));
        m.put("freeCount", Rows.integer(rs, "free_count"));
        for (String k : List.of("applyRemark", "auditRemark", "auditTime", "taskAble", "categoryCode", "categoryName",
                "docUrl", "respTime", "backgroundImg", "description", "isCollected", "createDate")) {
            m.put(k, extra.get(k));
        }
        m.put("applicable", Rows.bool(rs, "applicable"));
        m.put("cacheFetchDays", Rows.integer(rs, "cache_fetch_days"));
        m.put("isHidden", extra.get("isHidden"));
        m.put("adjusting", extra.get("adjusting"));
        m.put("orgCode", rs.getString("org_code"));
        m.put("riskThreshold", extra.get("riskThreshold"));
        m.put("hasAssignSource", extra.get("hasAssignSource"));
        m.put("salesAmount", Rows.decOrZero(rs, "sales_amount"));
        m.put("chargeCalls", rs.getLong("charge_calls"));
        m.put("royaltyAmount", Rows.decOrZero(rs, "royalty_amount"));
        m.values().removeIf(java.util.Objects::isNull);
        return m;
    }

    // ------------------------------------------------------------------ trends (3.5.23, 4.5.21)

    public TrendView trend(Long salesmanId, Collection<Long> customerIds, List<String> checkItems, String matchMonth,
                           Collection<Long> scope) {
        Period p = Period.month(matchMonth);
        Where w = stat(salesmanId, p, Where.has(customerIds) ? customerIds : null);
        if (scope != null) {
            w.in("st.customer_id", scope);
        }
        w.and("st.check_item <> ''");
        if (Where.has(checkItems)) {
            w.in("st.check_item", checkItems);
        }
        List<Map<String, Object>> rows = jdbc.queryForList("select st.statistics_date, st.check_item, ci.item_name, "
                + amounts(salesmanId == null) + " from sales_stat st left join check_item_view ci "
                + "on ci.check_item = st.check_item" + w.sql()
                + " group by st.statistics_date, st.check_item, ci.item_name order by st.statistics_date, st.check_item",
                w.args());
        Map<String, List<TrendItem>> byDay = new LinkedHashMap<>();
        for (LocalDate d = p.from(); d.isBefore(p.to()); d = d.plusDays(1)) {
            byDay.put(d.toString(), new ArrayList<>());
        }
        for (Map<String, Object> r : rows) {
            byDay.get(r.get("statistics_date").toString()).add(new TrendItem((String) r.get("check_item"),
                    (String) r.get("item_name"), (BigDecimal) r.get("sales_amount"),
                    ((Number) r.get("charge_calls")).longValue(), (BigDecimal) r.get("royalty_amount")));
        }
        List<TrendDay> days = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal totalRoyalty = BigDecimal.ZERO;
        long totalCalls = 0;
        for (Map.Entry<String, List<TrendItem>> e : byDay.entrySet()) {
            BigDecimal amount = e.getValue().stream().map(TrendItem::salesAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal royalty = e.getValue().stream().map(TrendItem::royaltyAmount)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            long calls = e.getValue().stream().mapToLong(TrendItem::chargeCalls).sum();
            days.add(new TrendDay(e.getKey(), amount, calls, royalty, e.getValue()));
            total = total.add(amount);
            totalRoyalty = totalRoyalty.add(royalty);
            totalCalls += calls;
        }
        return new TrendView(total, totalCalls, totalRoyalty, days);
    }

    // ------------------------------------------------------------------ rankings (3.6.3, 4.4.4)

    public List<RankingView> ranking(Period p, Long salesmanId, Collection<Long> customers, Collection<Long> deptIds) {
        Map<Long, Map<String, Object>> now = rankingRows(p, salesmanId, customers, deptIds);
        Map<Long, Map<String, Object>> before = rankingRows(p.previous(), salesmanId, customers, deptIds);
        List<RankingView> out = new ArrayList<>();
        for (Map.Entry<Long, Map<String, Object>> e : now.entrySet()) {
            Map<String, Object> r = e.getValue();
            Map<String, Object> b = before.getOrDefault(e.getKey(), Map.of());
            long count = ((Number) r.get("call_count")).longValue();
            BigDecimal amount = (BigDecimal) r.get("sales_amount");
            BigDecimal royalty = (BigDecimal) r.get("royalty_amount");
            long compareCount = b.isEmpty() ? 0 : ((Number) b.get("call_count")).longValue();
            BigDecimal compareAmount = b.isEmpty() ? BigDecimal.ZERO : (BigDecimal) b.get("sales_amount");
            BigDecimal compareRoyalty = b.isEmpty() ? BigDecimal.ZERO : (BigDecimal) b.get("royalty_amount");
            out.add(new RankingView(e.getKey(), (Long) r.get("customer_id"), (String) r.get("dept_name"), count, amount,
                    royalty, compareCount, compareAmount, rate(BigDecimal.valueOf(count), BigDecimal.valueOf(compareCount)),
                    rate(amount, compareAmount), rate(royalty, compareRoyalty)));
        }
        return out;
    }

    /**
     * 3.6.3: every customer's developer accounts, calls and amounts from the usage snapshots (also customers nobody
     * maintains), royalties from SalesStat.
     */
    public List<RankingView> platformRanking(Period p) {
        Map<Long, Map<String, Object>> before = new LinkedHashMap<>();
        platformRows(p.previous(), null).forEach(r -> before.put((Long) r.get("dept_id"), r));
        List<RankingView> out = new ArrayList<>();
        for (Map<String, Object> r : platformRows(p, 10)) {
            Map<String, Object> b = before.getOrDefault((Long) r.get("dept_id"), Map.of());
            long count = ((Number) r.get("call_count")).longValue();
            BigDecimal amount = (BigDecimal) r.get("fee");
            BigDecimal royalty = (BigDecimal) r.get("royalty");
            long compareCount = b.isEmpty() ? 0 : ((Number) b.get("call_count")).longValue();
            BigDecimal compareAmount = b.isEmpty() ? BigDecimal.ZERO : (BigDecimal) b.get("fee");
            BigDecimal compareRoyalty = b.isEmpty() ? BigDecimal.ZERO : (BigDecimal) b.get("royalty");
            out.add(new RankingView((Long) r.get("dept_id"), (Long) r.get("organization_id"),
                    (String) r.get("dept_name"), count, amount, royalty, compareCount, compareAmount,
                    rate(BigDecimal.valueOf(count), BigDecimal.valueOf(compareCount)), rate(amount, compareAmount),
                    rate(royalty, compareRoyalty)));
        }
        return out;
    }

    private List<Map<String, Object>> platformRows(Period p, Integer limit) {
        return jdbc.queryForList("""
                select u.dept_id, coalesce(min(u.organization_id), min(d.organization_id)) as organization_id,
                       coalesce(min(d.dept_name), min(c.organization_name)) as dept_name,
                       sum(u.call_count) as call_count, sum(u.fee) as fee,
                       coalesce((select sum(st.royalty_amount) from sales_stat st where st.dept_id = u.dept_id
                                 and st.statistics_date >= ? and st.statistics_date < ?), 0) as royalty
                from usage_snapshot u
                left join dept_view d on d.dept_id = u.dept_id
                left join customer_view c on c.organization_id = coalesce(u.organization_id, d.organization_id)
                where u.usage_date >= ? and u.usage_date < ?
                group by u.dept_id order by fee desc, call_count desc""" + (limit == null ? "" : " limit " + limit),
                p.from(), p.to(), p.from(), p.to());
    }

    private Map<Long, Map<String, Object>> rankingRows(Period p, Long salesmanId, Collection<Long> customers,
                                                     Collection<Long> deptIds) {
        Where w = stat(salesmanId, p, customers).and("st.dept_id <> 0");
        if (Where.has(deptIds)) {
            w.in("st.dept_id", deptIds);
        }
        Map<Long, Map<String, Object>> out = new LinkedHashMap<>();
        jdbc.queryForList("select st.dept_id, min(st.customer_id) as customer_id, "
                + "coalesce(min(d.dept_name), min(c.organization_name)) as dept_name, " + amounts(salesmanId == null)
                + " from sales_stat st left join dept_view d on d.dept_id = st.dept_id left join customer_view c "
                + "on c.organization_id = st.customer_id" + w.sql()
                + " group by st.dept_id order by 4 desc, 7 desc limit 10", w.args())
                .forEach(r -> out.put((Long) r.get("dept_id"), r));
        return out;
    }

    static BigDecimal rate(BigDecimal now, BigDecimal before) {
        if (before == null || before.signum() == 0) {
            return now == null || now.signum() == 0 ? BigDecimal.ZERO : HUNDRED;
        }
        return now.subtract(before).multiply(HUNDRED).divide(before, 2, RoundingMode.HALF_UP);
    }

    static BigDecimal number(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static Object[] concat(Object[] a, Object[] b) {
        Object[] all = new Object[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    public void requireSalesman(long salesmanId) {
        Boolean exists = jdbc.queryForObject("select exists(select 1 from salesman where salesman_id = ?)",
                Boolean.class, salesmanId);
        if (!Boolean.TRUE.equals(exists)) {
            throw SalesError.SALESMAN_NOT_FOUND.exception();
        }
    }
}
