package com.nuoer.customer.org.organization;

import com.nuoer.customer.org.Organization;
import com.nuoer.customer.org.auth.AuthRecord;
import com.nuoer.customer.org.auth.AuthRecordRepository;
import com.nuoer.customer.org.auth.AuthRecordView;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The one place that turns organisations into ORG DTOs: the latest authentication record, the production developer
 * account (appId, masked secret, whitelist), the owner's enabled apps and the salesman's name are loaded for a whole
 * page at once (one query each, no N+1).
 */
@Component
public class OrgViewAssembler {

    private final AuthRecordRepository authRecords;
    private final NamedParameterJdbcTemplate jdbc;

    public OrgViewAssembler(AuthRecordRepository authRecords, NamedParameterJdbcTemplate jdbc) {
        this.authRecords = authRecords;
        this.jdbc = jdbc;
    }

    public OrgView one(Organization org) {
        return assemble(List.of(org), false).get(0);
    }

    public List<OrgView> assemble(List<Organization> orgs, boolean withSubscribeCount) {
        if (orgs.isEmpty()) {
            return List.of();
        }
        Set<Long> orgIds = new HashSet<>();
        Set<Long> userIds = new HashSet<>();
        Set<Long> assistantIds = new HashSet<>();
        for (Organization o : orgs) {
            orgIds.add(o.getId());
            userIds.add(o.getOwnerUserId());
            if (o.getAssistantId() != null) {
                assistantIds.add(o.getAssistantId());
            }
        }
        Map<Long, AuthRecord> latestAuth = new HashMap<>();
        for (AuthRecord r : authRecords.findByOrganizationIdInOrderByIdDesc(orgIds)) {
            latestAuth.putIfAbsent(r.getOrganizationId(), r);
        }
        Map<Long, DeptRow> depts = prodDepts(orgIds);
        Map<Long, List<String>> apps = enabledApps(userIds);
        Map<Long, String> names = salesmanNames(assistantIds);
        Map<Long, Integer> subscriptions = withSubscribeCount ? subscribeCounts(orgIds) : Map.of();
        List<OrgView> views = new ArrayList<>(orgs.size());
        for (Organization o : orgs) {
            DeptRow dept = depts.get(o.getId());
            List<OrgView.EnabledApp> enabled = apps.getOrDefault(o.getOwnerUserId(), List.of()).stream()
                    .map(AppCatalog::view).toList();
            views.add(new OrgView(o.getId(), o.getMerchantId(), o.getMobile(), o.getOrganizationName(),
                    o.getAliasName(), o.getState(),
                    o.getOverdraftType() == null ? "UNACTIVATED" : o.getOverdraftType(), o.getLogo(),
                    o.getAssistantId(), o.getAssistantId() == null ? null : names.get(o.getAssistantId()),
                    o.getLinkman(), o.getLinkMobile(), o.getEmail(), o.getCustomerType(), o.getIndustry(),
                    dept != null, dept == null ? null : dept.id(), dept == null ? null : dept.appId(),
                    dept == null ? null : mask(dept.appSecret()), AuthRecordView.of(latestAuth.get(o.getId())),
                    o.getCreateBy(), o.getCreateTime(), o.getCertificationList(),
                    dept == null ? null : dept.whiteIpList(), o.getAddressInfo(), o.getSourceAppcode(), enabled,
                    o.getNearFollowDate(), o.getAssignTime(), o.getGradeCode(), o.getRoyaltyRate(),
                    o.getGainChannel(), o.getEnterpriseDesc(), o.getCustomerNature(), o.getOpportunitySalesmanId(),
                    o.getOpportunityRoleType(),
                    withSubscribeCount ? subscriptions.getOrDefault(o.getId(), 0) : null));
        }
        return views;
    }

    /** {@code 2a8d****6d80}: enough to recognise a secret, never enough to use it. */
    static String mask(String secret) {
        if (secret == null || secret.isEmpty()) {
            return secret;
        }
        if (secret.length() <= 8) {
            return "********";
        }
        return secret.substring(0, 4) + "****" + secret.substring(secret.length() - 4);
    }

    private record DeptRow(Long id, String appId, String appSecret, String whiteIpList) {
    }

    private Map<Long, DeptRow> prodDepts(Collection<Long> orgIds) {
        Map<Long, DeptRow> rows = new HashMap<>();
        jdbc.query("""
                select id, organization_id, app_id, app_secret, white_ip_list from dept
                where organization_id in (:ids) order by case when env = 'prod' then 0 else 1 end, id""",
                Map.of("ids", orgIds), rs -> {
                    rows.putIfAbsent(rs.getLong("organization_id"), new DeptRow(rs.getLong("id"),
                            rs.getString("app_id"), rs.getString("app_secret"), rs.getString("white_ip_list")));
                });
        return rows;
    }

    private Map<Long, List<String>> enabledApps(Collection<Long> userIds) {
        Map<Long, List<String>> apps = new TreeMap<>();
        jdbc.query("select user_id, appcode from user_app where user_id in (:ids) order by user_id, appcode",
                Map.of("ids", userIds), rs -> {
                    apps.computeIfAbsent(rs.getLong("user_id"), k -> new ArrayList<>()).add(rs.getString("appcode"));
                });
        return apps;
    }

    private Map<Long, String> salesmanNames(Collection<Long> userIds) {
        Map<Long, String> names = new HashMap<>();
        if (userIds.isEmpty()) {
            return names;
        }
        jdbc.query("""
                select u.id, coalesce(s.name, u.real_name, u.nickname, u.username) as name
                from user_account u left join staff s on s.user_id = u.id and s.appcode = 'sales'
                where u.id in (:ids)""", Map.of("ids", userIds),
                rs -> {
                    names.put(rs.getLong("id"), rs.getString("name"));
                });
        return names;
    }

    private Map<Long, Integer> subscribeCounts(Collection<Long> orgIds) {
        Map<Long, Integer> counts = new HashMap<>();
        jdbc.query("""
                select organization_id, count(*) as n from marketing_subscription
                where organization_id in (:ids) group by organization_id""", Map.of("ids", orgIds),
                rs -> {
                    counts.put(rs.getLong("organization_id"), rs.getInt("n"));
                });
        return counts;
    }
}
