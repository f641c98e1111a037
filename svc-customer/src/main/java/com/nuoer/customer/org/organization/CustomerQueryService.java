package com.nuoer.customer.org.organization;

import com.nuoer.common.error.BizException;
import com.nuoer.common.paging.PageResult;
import com.nuoer.common.paging.PageSlice;
import com.nuoer.customer.org.Organization;
import com.nuoer.customer.org.OrganizationRepository;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Customer lists and details for crm, sales and marketing. The filters become one SQL query over organization
 * (ids of the page, newest first), then the page is assembled into ORG DTOs. Sales callers are scoped to the
 * customers they maintain; a customer outside the scope answers like an unknown one (404).
 */
@Service
public class CustomerQueryService {

    private final NamedParameterJdbcTemplate jdbc;
    private final OrganizationRepository organizations;
    private final OrgViewAssembler assembler;
    private volatile Boolean deptItemTableExists;

    public CustomerQueryService(NamedParameterJdbcTemplate jdbc, OrganizationRepository organizations,
                                OrgViewAssembler assembler) {
        this.jdbc = jdbc;
        this.organizations = organizations;
        this.assembler = assembler;
    }

    @Transactional(readOnly = true)
    public PageResult<OrgView> list(CustomerFilter filter, PageSlice slice, boolean withSubscribeCount) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = where(filter, params);
        PageResult<Long> ids = slice.run(
                () -> jdbc.queryForObject("select count(*) from organization o where " + where, params, Long.class),
                (offset, limit) -> {
                    MapSqlParameterSource p = new MapSqlParameterSource(params.getValues())
                            .addValue("offset", offset).addValue("limit", limit);
                    return jdbc.queryForList("select o.id from organization o where " + where
                            + " order by o.create_time desc, o.id desc offset :offset limit :limit", p, Long.class);
                });
        Map<Long, Organization> byId = organizations.findAllById(ids.results()).stream()
                .collect(Collectors.toMap(Organization::getId, Function.identity()));
        List<Organization> ordered = ids.results().stream().map(byId::get).filter(o -> o != null).toList();
        List<OrgView> views = assembler.assemble(ordered, withSubscribeCount);
        return new PageResult<>(ids.pageNo(), ids.pageSize(), ids.hasNext(), ids.total(), views, ids.isLarge());
    }

    /** A customer in the caller's scope ({@code scopeAssistantId} null = all), or 404. */
    @Transactional(readOnly = true)
    public OrgView detail(Long organizationId, Long scopeAssistantId) {
        Organization org = organizations.findByIdAndDeletedFalse(organizationId)
                .filter(o -> scopeAssistantId == null || scopeAssistantId.equals(o.getAssistantId()))
                .orElseThrow(() -> BizException.notFound("客户"));
        return assembler.one(org);
    }

    private String where(CustomerFilter f, MapSqlParameterSource p) {
        List<String> c = new ArrayList<>();
        c.add("not o.deleted");
        if (f.scopeAssistantId() != null) {
            c.add("o.assistant_id = :scopeAssistant");
            p.addValue("scopeAssistant", f.scopeAssistantId());
        }
        if (notBlank(f.keyword())) {
            c.add("(o.organization_name ilike :kw or o.alias_name ilike :kw or o.mobile like :kw or o.linkman ilike :kw"
                    + " or o.link_mobile like :kw or o.enterprise_no ilike :kw or cast(o.id as varchar) = :kwExact"
                    + " or cast(o.merchant_id as varchar) = :kwExact)");
            p.addValue("kw", like(f.keyword()));
            p.addValue("kwExact", f.keyword().trim());
        }
        if (notBlank(f.customerNameLike())) {
            c.add("(o.organization_name ilike :nameLike or o.alias_name ilike :nameLike)");
            p.addValue("nameLike", like(f.customerNameLike()));
        }
        if (f.assistantId() != null) {
            c.add("o.assistant_id = :assistantId");
            p.addValue("assistantId", f.assistantId());
        }
        if (Boolean.TRUE.equals(f.nonAssistantId())) {
            c.add("o.assistant_id is null");
        }
        if (f.state() != null) {
            c.add("o.state = :state");
            p.addValue("state", f.state());
        }
        if (f.createTimeGte() != null) {
            c.add("o.create_time >= :ctGte");
            p.addValue("ctGte", f.createTimeGte());
        }
        if (f.createTimeLte() != null) {
            c.add("o.create_time <= :ctLte");
            p.addValue("ctLte", f.createTimeLte());
        }
        if (f.customerType() != null) {
            c.add("o.customer_type = :customerType");
            p.addValue("customerType", f.customerType());
        }
        if (f.customerNatureList() != null && !f.customerNatureList().isEmpty()) {
            c.add("o.customer_nature in (:natures)");
            p.addValue("natures", f.customerNatureList());
        }
        if (f.includeIds() != null && !f.includeIds().isEmpty()) {
            c.add("o.id in (:includeIds)");
            p.addValue("includeIds", f.includeIds());
        }
        if (f.excludeIds() != null && !f.excludeIds().isEmpty()) {
            c.add("o.id not in (:excludeIds)");
            p.addValue("excludeIds", f.excludeIds());
        }
        if (f.merchantIdList() != null && !f.merchantIdList().isEmpty()) {
            c.add("o.merchant_id in (:merchantIds)");
            p.addValue("merchantIds", f.merchantIdList());
        }
        if (notBlank(f.gainChannel())) {
            c.add("o.gain_channel = :gainChannel");
            p.addValue("gainChannel", f.gainChannel());
        }
        if (notBlank(f.excludeCheckItem()) && deptItemTableExists()) {
            c.add("not exists (select 1 from dept_item di join dept d on d.id = di.dept_id"
                    + " where d.organization_id = o.id and di.check_item = :excludeCheckItem)");
            p.addValue("excludeCheckItem", f.excludeCheckItem());
        }
        if (f.nearFollowDateGte() != null) {
            c.add("o.near_follow_date >= :nfGte");
            p.addValue("nfGte", f.nearFollowDateGte());
        }
        if (f.nearFollowDateLt() != null) {
            c.add("(o.near_follow_date is null or o.near_follow_date < :nfLt)");
            p.addValue("nfLt", f.nearFollowDateLt());
        }
        return String.join(" and ", c);
    }

    private boolean deptItemTableExists() {
        Boolean exists = deptItemTableExists;
        if (exists == null) {
            exists = Boolean.TRUE.equals(jdbc.queryForObject(
                    "select exists (select 1 from information_schema.tables where table_name = 'dept_item')",
                    new HashMap<String, Object>(), Boolean.class));
            deptItemTableExists = exists;
        }
        return exists;
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    private static String like(String s) {
        return "%" + s.trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
