package com.nuoer.customer.entitlement;

import com.nuoer.common.error.BizException;
import com.nuoer.common.error.ErrorCode;
import com.nuoer.common.session.SessionInfo;
import com.nuoer.customer.entitlement.DeptItemCommands.AccreditFusionRequest;
import com.nuoer.customer.entitlement.DeptItemCommands.AccreditItem;
import com.nuoer.customer.entitlement.DeptItemCommands.AccreditRequest;
import com.nuoer.customer.entitlement.DeptItemCommands.ApplyItem;
import com.nuoer.customer.entitlement.DeptItemCommands.AuditRequest;
import com.nuoer.customer.entitlement.DeptItemCommands.BatchAuditItem;
import com.nuoer.customer.entitlement.DeptItemCommands.BatchAuditRequest;
import com.nuoer.customer.entitlement.DeptItemCommands.EditRequest;
import com.nuoer.customer.entitlement.DeptItemCommands.ExtraItem;
import com.nuoer.customer.entitlement.DeptItemCommands.FreeCountItem;
import com.nuoer.customer.entitlement.DeptItemCommands.FusionSubItem;
import com.nuoer.customer.entitlement.DeptItemCommands.RoyaltyInput;
import com.nuoer.customer.entitlement.DeptItemCommands.SourceInput;
import com.nuoer.customer.entitlement.catalog.Catalog;
import com.nuoer.customer.entitlement.catalog.Product;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Entitlement use cases (flow F4): customers apply, crm/sales accredit (also fusion products with sub-items), ops
 * audit with the data-source configuration in the same transaction, edits, enable/disable/delete. Every change of a
 * deptItem publishes DeptItemChanged in its transaction; royalties publish DeptItemAccredited. One transaction per
 * command: a refused item refuses the whole request.
 */
@Service
public class DeptItemService {

    private final DeptItemRepository items;
    private final DeptItemAdjustRepository adjusts;
    private final DeptItemSourceConfigRepository sources;
    private final SpreaderRoyaltyConfigRepository royalties;
    private final Catalog catalog;
    private final DeptScope scope;
    private final DeptItemEvents events;
    private final FloorPrices floorPrices;
    private final AdjustService adjustService;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    public DeptItemService(DeptItemRepository items, DeptItemAdjustRepository adjusts,
                           DeptItemSourceConfigRepository sources, SpreaderRoyaltyConfigRepository royalties,
                           Catalog catalog, DeptScope scope, DeptItemEvents events, FloorPrices floorPrices,
                           AdjustService adjustService, JdbcTemplate jdbc, Clock clock) {
        this.items = items;
        this.adjusts = adjusts;
        this.sources = sources;
        this.royalties = royalties;
        this.catalog = catalog;
        this.scope = scope;
        this.events = events;
        this.floorPrices = floorPrices;
        this.adjustService = adjustService;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    /** A not deleted item the caller may see, locked for the change; else 404. */
    DeptItem requireItem(SessionInfo s, Long id) {
        DeptItem item = items.lockById(id).filter(d -> !d.isDeleted())
                .orElseThrow(() -> BizException.notFound("授权产品"));
        if (!scope.canSee(s, item.getDeptId())) {
            throw BizException.notFound("授权产品");
        }
        return item;
    }

    private DeptItemAudit deptItemAudit;

    @org.springframework.beans.factory.annotation.Autowired
    void setDeptItemAudit(DeptItemAudit deptItemAudit) {
        this.deptItemAudit = deptItemAudit;
    }

    private DeptItem save(DeptItem item) {
        DeptItem saved = items.saveAndFlush(item);
        events.changed(saved);
        return saved;
    }

    // ------------------------------------------------------------------ apply (beeback)

    @Transactional
    public void apply(SessionInfo s, List<ApplyItem> products, String applyRemark) {
        Long deptId = s.deptId();
        if (deptId == null) {
            List<Long> own = scope.visibleDeptIds(s);
            if (own == null || own.isEmpty()) {
                throw DeptItemErrors.NO_DEVELOPER_ACCOUNT.exception();
            }
            deptId = own.get(0);
        }
        LocalDateTime now = now();
        for (String code : distinctCodes(products.stream().map(ApplyItem::itemCode).toList())) {
            Product p = catalog.require(code);
            if (p.offline()) {
                throw DeptItemErrors.PRODUCT_OFFLINE.exception("产品已下架: " + code);
            }
            if (!p.applicable()) {
                throw DeptItemErrors.NOT_APPLICABLE.exception("该产品不支持在线申请，请联系销售开通: " + p.itemName());
            }
            Terms terms = new Terms(null, null, null, null, null, applyRemark, null, null, null, null);
            var existing = items.findMain(deptId, code);
            if (existing.isPresent()) {
                DeptItem item = existing.get();
                item.reapply(terms, null, now);
                save(item);
            } else {
                save(DeptItem.create(deptId, p, null, terms, null, s.userId(), now));
            }
        }
    }

    private static List<String> distinctCodes(List<String> codes) {
        return new ArrayList<>(new LinkedHashSet<>(codes.stream().map(String::trim).toList()));
    }

    // ------------------------------------------------------------------ accredit (crm, sales)

    @Transactional
    public List<Long> accredit(SessionInfo s, AccreditRequest r) {
        LocalDateTime now = now();
        Long salesman = scope.salesmanOf(s);
        DeptItem parent = null;
        if (r.fusionDeptItemId() != null) {
            parent = requireItem(s, r.fusionDeptItemId());
            if (!parent.isFusion()) {
                throw DeptItemErrors.NOT_FUSION.exception();
            }
        }
        List<Long> ids = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (AccreditItem i : r.checkItemList()) {
            Long deptId = i.deptId() != null ? i.deptId() : r.deptId();
            if (parent != null) {
                deptId = parent.getDeptId();
            }
            if (deptId == null) {
                throw new BizException(ErrorCode.VALIDATION_FAILED, "deptId: 开发账户id不能为空");
            }
            if (!seen.add(deptId + "/" + i.itemCode())) {
                continue;
            }
            scope.requireDept(s, deptId);
            Product p = catalog.require(i.itemCode().trim());
            if (parent != null) {
                requireSubOf(parent, p.checkItem());
            }
            Terms terms = withRemark(i.terms(), r.applyRemark());
            DeptItem item = upsertPending(s, deptId, p, parent == null ? null : parent.getId(), terms, salesman, now);
            saveRoyalties(s, item, i.spreaderRoyalties(), salesman, now);
            ids.add(item.getId());
        }
        return ids;
    }

    private static Terms withRemark(Terms t, String remark) {
        if (t.applyRemark() != null || remark == null) {
            return t;
        }
        return new Terms(t.chargeType(), t.feeType(), t.fee(), t.feeDetail(), t.freeCount(), remark, t.orgCode(),
                t.riskThreshold(), t.usedVersion(), t.isHidden());
    }

    /** A new or re-accredited item in 0 待审核 (opened items refuse: they are edited or adjusted instead). */
    private DeptItem upsertPending(SessionInfo s, long deptId, Product p, Long parentId, Terms terms, Long salesman,
                                   LocalDateTime now) {
        if (p.offline()) {
            throw DeptItemErrors.PRODUCT_OFFLINE.exception("产品已下架: " + p.checkItem());
        }
        checkSalesTerms(salesman, p, terms);
        var existing = parentId == null ? items.findMain(deptId, p.checkItem())
                : items.findSubs(parentId).stream().filter(d -> d.getCheckItem().equals(p.checkItem())).findFirst();
        if (existing.isPresent()) {
            DeptItem item = existing.get();
            var before = DeptItemAudit.prices(item);
            item.reapply(terms, salesman, now);
            DeptItem saved = save(item);
            deptItemAudit.record("deptItem.accredit", saved, before);
            return saved;
        }
        DeptItem created = save(DeptItem.create(deptId, p, parentId, terms, salesman, s.userId(), now));
        deptItemAudit.record("deptItem.accredit", created, null);
        return created;
    }

    /** Sales: free calls within the product's maximum. (A price below the floor stays for the ops audit.) */
    private void checkSalesTerms(Long salesman, Product p, Terms terms) {
        if (salesman != null && terms.freeCount() != null && p.maxFreeCount() != null
                && terms.freeCount() > p.maxFreeCount()) {
            throw DeptItemErrors.FREE_COUNT_EXCEEDED.exception("免费次数不能超过" + p.maxFreeCount() + "次: "
                    + p.itemName());
        }
    }

    private void saveRoyalties(SessionInfo s, DeptItem item, List<RoyaltyInput> inputs, Long salesman,
                               LocalDateTime now) {
        if (inputs == null || inputs.isEmpty()) {
            return;
        }
        Long customerId = events.owner(item.getDeptId()).organizationId();
        List<SpreaderRoyaltyConfig> saved = new ArrayList<>();
        for (RoyaltyInput in : inputs) {
            SpreaderRoyaltyConfig r = royalties.findByDeptItemIdAndSpreaderId(item.getId(), in.spreaderId())
                    .orElseGet(() -> SpreaderRoyaltyConfig.of(item, customerId, in.spreaderId(),
                            staffName(in.spreaderId()), s.userId(), now));
            r.terms(in.royaltyType(), in.royaltyPrice(), in.royaltyRate(), in.effectMonth(), now);
            saved.add(royalties.save(r));
        }
        royalties.flush();
        events.accredited(item, salesman, saved, now);
    }

    private String staffName(Long userId) {
        List<String> names = jdbc.queryForList("select name from staff where user_id = ? order by id limit 1",
                String.class, userId);
        return names.isEmpty() ? null : names.get(0);
    }

    private void requireSubOf(DeptItem parent, String code) {
        Product fusion = catalog.require(parent.getCheckItem());
        if (!fusion.subItems().contains(code)) {
            throw DeptItemErrors.SUB_ITEM_NOT_OF_FUSION.exception("子项产品不属于该聚合产品: " + code);
        }
    }

    // ------------------------------------------------------------------ fusion products

    /** The default sub-items of a fusion product for an account: its own items of those codes, else catalogue rows. */
    @Transactional(readOnly = true)
    public List<DeptItemView> fusionDefaults(SessionInfo s, String checkItem, long deptId, DeptItemQueries queries) {
        scope.requireDept(s, deptId);
        Product fusion = catalog.require(checkItem);
        if (!fusion.isFusion()) {
            throw DeptItemErrors.NOT_FUSION.exception();
        }
        String deptName = events.deptNames(List.of(deptId)).get(deptId);
        var products = catalog.byCodes(fusion.subItems());
        List<DeptItemView> out = new ArrayList<>();
        for (String code : fusion.subItems()) {
            var own = items.findMain(deptId, code);
            if (own.isPresent()) {
                out.addAll(queries.byIds(List.of(own.get().getId()), true, true));
                continue;
            }
            Product p = products.get(code);
            if (p == null) {
                continue;
            }
            out.add(new DeptItemView(null, null, p.checkItem(), p.itemName(), null, p.checkType(), p.isOpen(),
                    p.price(), deptId, deptName, null, p.price(), null, p.feeType(), p.isFusion(), null, 0, null,
                    null, null, false, null, null, null, null, null, null, false, null, p.applicable(), null, false,
                    null, null, null, false, List.of(), null, null));
        }
        return out;
    }

    @Transactional
    public long accreditFusion(SessionInfo s, AccreditFusionRequest r) {
        LocalDateTime now = now();
        Long salesman = scope.salesmanOf(s);
        scope.requireDept(s, r.deptId());
        Product fusion = catalog.require(r.checkItem());
        if (!fusion.isFusion()) {
            throw DeptItemErrors.NOT_FUSION.exception();
        }
        for (FusionSubItem sub : r.subItemList()) {
            if (!fusion.subItems().contains(sub.itemCode())) {
                throw DeptItemErrors.SUB_ITEM_NOT_OF_FUSION.exception("子项产品不属于该聚合产品: " + sub.itemCode());
            }
        }
        DeptItem parent = upsertPending(s, r.deptId(), fusion, null, r.terms(), salesman, now);
        saveRoyalties(s, parent, r.royalties(), salesman, now);
        for (FusionSubItem sub : r.subItemList()) {
            if (!Boolean.TRUE.equals(sub.isAdded())) {
                continue;
            }
            Product p = catalog.require(sub.itemCode());
            DeptItem item = upsertPending(s, r.deptId(), p, parent.getId(), sub.terms(), salesman, now);
            saveRoyalties(s, item, sub.spreaderRoyalties(), salesman, now);
        }
        return parent.getId();
    }

    /** Adds (10) or removes (20) sub-items of a fusion deptItem; repeating a request changes nothing. */
    @Transactional
    public void dealSub(SessionInfo s, long parentId, List<String> codes, Integer dealType) {
        int type = dealType == null ? 10 : dealType;
        if (type != 10 && type != 20) {
            throw DeptItemErrors.BAD_DEAL_TYPE.exception();
        }
        DeptItem parent = requireItem(s, parentId);
        if (!parent.isFusion()) {
            throw DeptItemErrors.NOT_FUSION.exception();
        }
        LocalDateTime now = now();
        List<DeptItem> subs = items.findSubs(parent.getId());
        for (String code : distinctCodes(codes)) {
            requireSubOf(parent, code);
            var existing = subs.stream().filter(d -> d.getCheckItem().equals(code)).findFirst();
            if (type == 10 && existing.isEmpty()) {
                Product p = catalog.require(code);
                DeptItem sub = DeptItem.create(parent.getDeptId(), p, parent.getId(), Terms.none(),
                        scope.salesmanOf(s), s.userId(), now);
                if (parent.getState() == DeptItemState.OPENED) {
                    sub.pass(Terms.none(), "随聚合产品开通", now);
                }
                save(sub);
            } else if (type == 20 && existing.isPresent()) {
                DeptItem sub = existing.get();
                sub.delete(now);
                save(sub);
            }
        }
    }

    // ------------------------------------------------------------------ edits

    @Transactional
    public void edit(SessionInfo s, EditRequest r) {
        DeptItem item = requireItem(s, r.deptItemId());
        if (!item.getDeptId().equals(r.deptId())) {
            throw BizException.notFound("授权产品");
        }
        LocalDateTime now = now();
        Long salesman = scope.salesmanOf(s);
        Product p = catalog.require(item.getCheckItem());
        checkSalesTerms(salesman, p, r.terms());
        if (salesman != null && r.fee() != null && r.fee().compareTo(item.getFee()) != 0
                && floorPrices.below(salesman, p, r.fee())) {
            throw DeptItemErrors.BELOW_FLOOR_PRICE.exception();
        }
        var before = DeptItemAudit.prices(item);
        if (salesman == null && r.isAuditPass() != null) {
            // ops: isAuditPass decides a pending item and the pending (待审核) price adjustments (§6-3)
            if (item.getState() == DeptItemState.PENDING) {
                if (r.isAuditPass()) {
                    item.pass(r.terms(), null, now);
                } else {
                    item.reject(r.applyRemark(), now);
                }
                save(item);
                deptItemAudit.record(r.isAuditPass() ? "deptItem.auditPass" : "deptItem.auditReject", item, before);
                saveRoyalties(s, item, r.spreaderRoyalties(), null, now);
                return;
            }
            adjustService.decidePending(item, r.isAuditPass(), s.userId(), now);
        }
        item.edit(r.terms(), now);
        save(item);
        deptItemAudit.record("deptItem.edit", item, before);
        saveRoyalties(s, item, r.spreaderRoyalties(), salesman, now);
    }

    @Transactional
    public void editCacheFetch(SessionInfo s, long id, Integer days) {
        DeptItem item = requireItem(s, id);
        item.editCacheFetch(days, now());
        save(item);
    }

    @Transactional
    public void editFreeCount(SessionInfo s, List<FreeCountItem> list) {
        LocalDateTime now = now();
        for (FreeCountItem i : list) {
            DeptItem item = requireItem(s, i.deptItemId());
            var before = DeptItemAudit.prices(item);
            item.editFreeCount(i.freeCount(), now);
            save(item);
            deptItemAudit.record("deptItem.freeCount", item, before);
        }
    }

    @Transactional
    public void editExtra(SessionInfo s, List<ExtraItem> list) {
        if (list == null) {
            return;
        }
        LocalDateTime now = now();
        for (ExtraItem i : list) {
            DeptItem item = requireItem(s, i.deptItemId());
            item.editExtra(i.isHidden(), i.usedVersion(), now);
            save(item);
        }
    }

    public enum Toggle { ENABLE, DISABLE, DELETE }

    @Transactional
    public void toggle(SessionInfo s, long deptId, List<Long> ids, Toggle op) {
        scope.requireDept(s, deptId);
        LocalDateTime now = now();
        for (Long id : new LinkedHashSet<>(ids)) {
            DeptItem item = items.lockById(id).filter(d -> Objects.equals(d.getDeptId(), deptId))
                    .orElseThrow(() -> BizException.notFound("授权产品"));
            boolean changed = switch (op) {
                case ENABLE -> item.enable(now);
                case DISABLE -> item.disable(now);
                case DELETE -> item.delete(now);
            };
            if (changed) {
                save(item);
                if (op == Toggle.DELETE) {
                    for (DeptItem sub : items.findSubs(item.getId())) {
                        sub.delete(now);
                        save(sub);
                    }
                    adjustService.cancelPendingOf(item, now);
                }
            }
        }
    }

    // ------------------------------------------------------------------ audit (ops) + data sources

    @Transactional
    public void audit(SessionInfo s, AuditRequest r) {
        DeptItem item = requireItem(s, r.deptItemId());
        if (!item.getDeptId().equals(r.deptId()) || !item.getCheckItem().equals(r.itemCode())) {
            throw BizException.notFound("授权产品");
        }
        decide(s, item, r.auditType(), r.rejectReason(), r.terms(), r.sourceList());
        saveRoyalties(s, item, r.spreaderRoyalties(), null, now());
    }

    @Transactional
    public void batchAudit(SessionInfo s, BatchAuditRequest r) {
        for (BatchAuditItem i : r.itemList()) {
            DeptItem item = requireItem(s, i.deptItemId());
            if (!item.getDeptId().equals(i.deptId()) || !item.getCheckItem().equals(i.itemCode())) {
                throw BizException.notFound("授权产品");
            }
            decide(s, item, r.auditType(), r.rejectReason(), i.terms(), i.sourceList());
        }
    }

    private void decide(SessionInfo s, DeptItem item, String auditType, String reason, Terms terms,
                        List<SourceInput> sourceList) {
        LocalDateTime now = now();
        if ("pass".equals(auditType)) {
            if (sourceList != null && !sourceList.isEmpty()) {
                upsertSources(item.getDeptId(), item.getCheckItem(), sourceList, now);
            }
            var before = DeptItemAudit.prices(item);
            item.pass(terms, null, now);
            save(item);
            deptItemAudit.record("deptItem.auditPass", item, before);
            if (item.isFusion()) {
                for (DeptItem sub : items.findSubs(item.getId())) {
                    if (sub.getState() == DeptItemState.PENDING) {
                        sub.pass(Terms.none(), null, now);
                        save(sub);
                    }
                }
            }
        } else if ("reject".equals(auditType)) {
            if (reason == null || reason.isBlank()) {
                throw new BizException(ErrorCode.VALIDATION_FAILED, "rejectReason: 驳回时必须填写拒绝原因");
            }
            item.reject(reason.trim(), now);
            save(item);
        } else {
            throw DeptItemErrors.BAD_AUDIT_TYPE.exception();
        }
    }

    private void upsertSources(long deptId, String checkItem, List<SourceInput> list, LocalDateTime now) {
        for (SourceInput in : list) {
            Catalog.UpstreamSource src = catalog.source(in.sourceId())
                    .orElseThrow(() -> BizException.notFound("数据源配置(" + in.sourceId() + ")"));
            if (!src.checkItem().equals(checkItem)) {
                throw DeptItemErrors.SOURCE_NOT_OF_PRODUCT.exception("数据源配置" + in.sourceId() + "不属于产品"
                        + checkItem);
            }
            DeptItemSourceConfig c;
            if (in.id() != null) {
                c = sources.findById(in.id()).filter(x -> !x.isDeleted() && x.getDeptId() == deptId
                                && x.getCheckItem().equals(checkItem))
                        .orElseThrow(() -> BizException.notFound("指定数据源(" + in.id() + ")"));
                if (!c.getSourceId().equals(in.sourceId())) {
                    throw new BizException(ErrorCode.VALIDATION_FAILED, "sourceId: 数据源配置ID不可修改");
                }
            } else {
                c = sources.findCurrent(deptId, checkItem, in.sourceId()).orElseGet(() -> DeptItemSourceConfig.of(
                        deptId, checkItem, in.sourceId(), src.dataSourceId(), in.priority(), now));
            }
            c.priority(in.priority(), now);
            sources.save(c);
        }
        sources.flush();
    }

    @Transactional
    public void saveSourceConfigs(SessionInfo s, long deptId, String checkItem, List<SourceInput> list) {
        List<DeptItem> held = heldItems(s, deptId, checkItem);
        LocalDateTime now = now();
        upsertSources(deptId, checkItem, list, now);
        republish(held, now);
    }

    private List<DeptItem> heldItems(SessionInfo s, long deptId, String checkItem) {
        scope.requireDept(s, deptId);
        List<DeptItem> held = items.findAllOf(deptId, checkItem);
        if (held.isEmpty()) {
            throw BizException.notFound("该机构的授权产品(" + checkItem + ")");
        }
        return held;
    }

    private void republish(List<DeptItem> held, LocalDateTime now) {
        for (DeptItem d : held) {
            d.touch(now);
            save(d);
        }
    }

    /** Soft delete: deleting a deleted configuration again changes nothing; unknown ids answer 404. */
    @Transactional
    public void deleteSourceConfig(SessionInfo s, long id) {
        DeptItemSourceConfig c = sources.findById(id).orElseThrow(() -> BizException.notFound("指定数据源"));
        scope.requireDept(s, c.getDeptId());
        LocalDateTime now = now();
        if (c.delete(now)) {
            sources.saveAndFlush(c);
            republish(items.findAllOf(c.getDeptId(), c.getCheckItem()), now);
        }
    }

    @Transactional(readOnly = true)
    public List<SourceConfigView> sourceConfigs(SessionInfo s, long deptId, String checkItem) {
        scope.requireDept(s, deptId);
        String deptName = events.deptNames(List.of(deptId)).get(deptId);
        String itemName = catalog.find(checkItem).map(Product::itemName).orElse(null);
        return sources.findCurrent(deptId, checkItem).stream().map(c -> {
            var src = catalog.source(c.getSourceId());
            return new SourceConfigView(c.getId(), c.getCreateDate(), c.getUpdateDate(), c.getDeptId(), deptName, c.getCheckItem(), itemName,
                    c.getSourceId(), c.getDataSourceId() == null ? null : c.getDataSourceId().intValue(),
                    src.map(Catalog.UpstreamSource::dataSourceName).orElse(null),
                    src.map(Catalog.UpstreamSource::dataSourceCode).orElse(null), c.getPriority());
        }).toList();
    }

}
