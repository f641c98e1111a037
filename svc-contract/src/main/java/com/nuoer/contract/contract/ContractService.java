package com.nuoer.contract.contract;

import com.nuoer.common.error.BizException;
import com.nuoer.common.error.ErrorCode;
import com.nuoer.common.paging.PageResult;
import com.nuoer.contract.ContractProperties;
import com.nuoer.contract.contract.ContractScope.Reach;
import com.nuoer.contract.contract.web.ContractDtos.ContractListQuery;
import com.nuoer.contract.contract.web.ContractDtos.ContractRow;
import com.nuoer.contract.contract.web.ContractDtos.DeptItemLine;
import com.nuoer.contract.contract.web.ContractDtos.DeptItemParam;
import com.nuoer.contract.contract.web.ContractDtos.FillDataParam;
import com.nuoer.contract.contract.web.ContractDtos.FillField;
import com.nuoer.contract.contract.web.ContractDtos.ManualUploadRequest;
import com.nuoer.contract.contract.web.ContractDtos.NeedSignQuery;
import com.nuoer.contract.contract.web.ContractDtos.NeedSignRow;
import com.nuoer.contract.contract.web.ContractDtos.PreDataView;
import com.nuoer.contract.contract.web.ContractDtos.PreSubmitRequest;
import com.nuoer.contract.contract.web.ContractDtos.PreSubmitView;
import com.nuoer.contract.contract.web.ContractDtos.SignInfoView;
import com.nuoer.contract.contract.web.ContractDtos.SubmitRequest;
import com.nuoer.contract.contract.web.ContractDtos.SubmitView;
import com.nuoer.contract.esign.EsignCallback;
import com.nuoer.contract.esign.EsignProvider;
import com.nuoer.contract.esign.EsignProviders;
import com.nuoer.contract.projection.ProjectionStore;
import com.nuoer.contract.projection.ProjectionStore.DeptItemRow;
import com.nuoer.contract.projection.ProjectionStore.DeptRow;
import com.nuoer.contract.render.ContractRenderer;
import com.nuoer.contract.storage.FileStorage;
import com.nuoer.contract.storage.SignedLinks;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contract use cases of flow F4 steps 5–8 for ops (crm), salesmen (sales) and customers (beeback); scoping comes
 * from {@link ContractScope}, the state rules from {@link DeptContract}. Every state change publishes
 * {@code ContractStateChanged} in its transaction; signing SMS go out as {@code SendNotice} after the rate limits.
 */
@Service
public class ContractService {

    private static final Logger log = LoggerFactory.getLogger(ContractService.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

    private final DeptContractRepository contracts;
    private final ContractTemplateRepository templates;
    private final ContractScope scope;
    private final ContractQueries queries;
    private final SeqPlanner planner;
    private final ProjectionStore projections;
    private final ContractRenderer renderer;
    private final FileStorage storage;
    private final SignedLinks links;
    private final EsignProviders providers;
    private final SigningSms sms;
    private final ContractEvents events;
    private final ContractProperties properties;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    public ContractService(DeptContractRepository contracts, ContractTemplateRepository templates,
                           ContractScope scope, ContractQueries queries, SeqPlanner planner,
                           ProjectionStore projections, ContractRenderer renderer, FileStorage storage,
                           SignedLinks links, EsignProviders providers, SigningSms sms, ContractEvents events,
                           ContractProperties properties, JdbcTemplate jdbc, Clock clock) {
        this.contracts = contracts;
        this.templates = templates;
        this.scope = scope;
        this.queries = queries;
        this.planner = planner;
        this.projections = projections;
        this.renderer = renderer;
        this.storage = storage;
        this.links = links;
        this.providers = providers;
        this.sms = sms;
        this.events = events;
        this.properties = properties;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    // ------------------------------------------------------------------ queries

    @Transactional(readOnly = true)
    public PageResult<NeedSignRow> needSignContractList(NeedSignQuery query) {
        return queries.needSign(scope.reach(), query, planner);
    }

    @Transactional(readOnly = true)
    public PageResult<ContractRow> list(ContractListQuery query) {
        return queries.list(scope.reach(), query);
    }

    @Transactional(readOnly = true)
    public List<DeptItemLine> unsignedDeptItems(Long deptId) {
        scope.requireDept(scope.reach(), deptId);
        return queries.unsignedItems(deptId).stream().map(ContractService::line).toList();
    }

    @Transactional(readOnly = true)
    public int queryManualSeq(Long deptId, boolean forManualUpload) {
        scope.requireDept(scope.reach(), deptId);
        return planner.plan(deptId, forManualUpload).seq();
    }

    @Transactional(readOnly = true)
    public PreDataView preData(Long deptId, boolean forManualUpload) {
        DeptRow dept = scope.requireDept(scope.reach(), deptId);
        SeqPlanner.Plan plan = planner.plan(deptId, forManualUpload);
        ContractTemplate template = plan.template();
        Map<String, String> values = defaults(dept);
        plan.draft().ifPresent(d -> d.fillData().forEach(f -> values.putIfAbsent(f.key(), f.value())));
        plan.draft().ifPresent(d -> d.fillData().stream()
                .filter(f -> template.fillConfigs().stream().noneMatch(c -> c.key().equals(f.key()) && isTrue(c.fixed())))
                .forEach(f -> values.put(f.key(), f.value())));
        List<FillField> fill = template.fillConfigs().stream()
                .map(c -> new FillField(c.key(), c.name(), values.get(c.key()), isTrue(c.must()), isTrue(c.fixed())))
                .toList();
        String name = plan.draft().map(DeptContract::contractName)
                .orElse(dept.customerName() + template.name() + (plan.seq() > 0 ? "(" + plan.seq() + ")" : ""));
        return new PreDataView(name, template.code(), template.name(), fill, unsignedDeptItems(deptId), plan.seq());
    }

    @Transactional(readOnly = true)
    public SignInfoView signInfo(String contractNo) {
        Reach reach = scope.reach();
        DeptContract c = contracts.findByContractNo(contractNo)
                .orElseThrow(ContractError.CONTRACT_NOT_FOUND::exception);
        scope.requireContract(reach, c);
        String signUrl = links.absolute(c.signUrl());
        return new SignInfoView(c.deptId(), c.contractNo(), c.templateCode(), c.signerMobile(), signUrl,
                signUrl == null ? null : signUrl + "?channel=qr");
    }

    // ------------------------------------------------------------------ commands

    @Transactional
    public PreSubmitView preSubmit(PreSubmitRequest req) {
        Reach reach = scope.reach();
        DeptRow dept = scope.requireDept(reach, req.deptId());
        int seq = req.seq();
        ContractTemplate template = planner.templateFor(seq);
        List<FillValue> fill = fillData(template, dept, req.fillDataList());
        LocalDateTime now = now();
        List<DeptContract> sameSeq = contracts.findLiveBySeq(dept.deptId(), seq);
        if (sameSeq.stream().anyMatch(c -> SeqPlanner.holds(c, now))) {
            throw ContractError.SEQ_TAKEN.exception("签署版次" + seq + "已有待签署或已生效的合同");
        }
        Optional<DeptContract> draft = sameSeq.stream().filter(c -> c.state() == ContractState.DRAFT).findFirst();
        List<ContractItem> items = resolveItems(dept, req.deptItemList(), draft.map(DeptContract::id).orElse(null));
        DeptContract contract;
        if (draft.isPresent()) {
            contract = draft.get();
            contract.redraft(req.contractName().trim(), fill, items, now);
        } else {
            contract = DeptContract.draft(new DeptContract.Header(nextContractNo(now), dept.deptId(),
                    dept.organizationId(), dept.userId(), template.code(), req.contractName().trim(), seq,
                    template.version(), template.versionName()), fill, items, reach.userId(), now);
        }
        contract = contracts.save(contract);
        renderPreview(contract, template);
        return new PreSubmitView(contract.contractNo(), contract.contractName(),
                links.link(contract.previewFileKey()), dept.mobile());
    }

    @Transactional
    public SubmitView submit(SubmitRequest req) {
        Reach reach = scope.reach();
        DeptContract c = contracts.lockByContractNo(req.contractNo().trim())
                .orElseThrow(ContractError.CONTRACT_NOT_FOUND::exception);
        DeptRow dept = scope.requireContract(reach, c);
        if (!c.deptId().equals(req.deptId())) {
            throw ContractError.CONTRACT_NOT_FOUND.exception();
        }
        if (dept.personalSigner() && (isBlank(req.signerName()) || isBlank(req.signerIdCard()))) {
            throw ContractError.SIGNER_IDENTITY_REQUIRED.exception();
        }
        if (!c.submitCheck(req.mobile())) {
            return new SubmitView(c.contractNo(), c.contractName(), links.absolute(c.signUrl()));
        }
        LocalDateTime now = now();
        if (contracts.findLiveBySeq(c.deptId(), c.seq()).stream()
                .anyMatch(o -> !o.id().equals(c.id()) && SeqPlanner.holds(o, now))) {
            throw ContractError.SEQ_TAKEN.exception("签署版次" + c.seq() + "已有待签署或已生效的合同");
        }
        Set<Long> held = queries.heldElsewhere(c.items().stream().map(ContractItem::deptItemId).toList(), c.id());
        if (!held.isEmpty()) {
            throw ContractError.ITEM_ALREADY_CONTRACTED.exception("产品已签署或正在签署中: 授权记录" + held);
        }
        ContractTemplate template = template(c.templateCode());
        if (c.previewFileKey() == null) {
            renderPreview(c, template);
        }
        sms.reserve(c.contractNo(), req.mobile());
        EsignProvider provider = providers.active();
        EsignProvider.SigningFlow flow = provider.start(new EsignProvider.SigningRequest(c.contractNo(),
                c.contractName(), req.mobile(), blankToNull(req.signerName()), blankToNull(req.signerIdCard()),
                c.previewFileKey(), now.plusDays(template.signDays())));
        c.submitted(req.mobile(), blankToNull(req.signerName()), blankToNull(req.signerIdCard()), provider.code(),
                flow.flowId(), flow.signUrl(), template.signDays(), now);
        events.stateChanged(c);
        sms.send(c, req.mobile(), dept.customerName(), dept.userId(), reach.appcode());
        return new SubmitView(c.contractNo(), c.contractName(), links.absolute(c.signUrl()));
    }

    /** Sends the signing SMS again (to {@code mobile} when a customer gives one, else to the signer). */
    @Transactional
    public void resendSms(String contractNo, String mobile) {
        Reach reach = scope.reach();
        DeptContract c = lockInReach(reach, contractNo);
        DeptRow dept = scope.requireContract(reach, c);
        if (!c.isPending()) {
            throw ContractError.ILLEGAL_STATE.exception("只有待签署的合同可以发送签署短信，当前状态："
                    + ContractState.label(c.state()));
        }
        String to = isBlank(mobile) ? c.signerMobile() : mobile.trim();
        sms.reserve(c.contractNo(), to);
        sms.send(c, to, dept.customerName(), dept.userId(), reach.appcode());
    }

    @Transactional
    public void withdraw(String contractNo) {
        Reach reach = scope.reach();
        DeptContract c = lockInReach(reach, contractNo);
        scope.requireContract(reach, c);
        if (c.withdraw(now())) {
            if (c.flowId() != null) {
                providers.byCode(c.providerCode()).ifPresent(p -> p.cancel(c.flowId()));
            }
            events.stateChanged(c);
        }
    }

    @Transactional
    public void delete(String contractNo) {
        Reach reach = scope.reach();
        DeptContract c = contracts.lockByContractNo(contractNo.trim())
                .orElseThrow(ContractError.CONTRACT_NOT_FOUND::exception);
        if (projections.findDept(c.deptId()).filter(reach::covers).isEmpty()) {
            throw ContractError.CONTRACT_NOT_FOUND.exception();
        }
        if (c.delete(now())) {
            events.stateChanged(c);
        }
    }

    @Transactional
    public void manualUpload(ManualUploadRequest req) {
        Reach reach = scope.reach();
        DeptRow dept = scope.requireDept(reach, req.deptId());
        ContractTemplate template = template(req.templateCode().trim());
        LocalDateTime now = now();
        LocalDateTime finish = req.finishTime() == null ? now : req.finishTime();
        if (finish.isAfter(now.plusMinutes(5))) {
            throw new BizException(ErrorCode.VALIDATION_FAILED, "finishTime: 签署时间不能晚于当前时间");
        }
        List<DeptContract> sameSeq = contracts.findLiveBySeq(dept.deptId(), req.seq());
        Optional<DeptContract> previous = sameSeq.stream()
                .filter(c -> c.manual() && c.state() == ContractState.MANUAL_SIGNED).findFirst();
        if (sameSeq.stream().anyMatch(c -> previous.map(p -> !p.id().equals(c.id())).orElse(true)
                && SeqPlanner.holds(c, now))) {
            throw ContractError.SEQ_TAKEN.exception("签署版次" + req.seq() + "已有待签署或已生效的合同");
        }
        List<ContractItem> items = resolveItems(dept, req.deptItemList(), previous.map(DeptContract::id).orElse(null));
        DeptContract c;
        if (previous.isPresent()) {
            c = previous.get();
            c.reupload(template.code(), blankToNull(req.contractUrl()), items, finish, template.validDays(), now);
        } else {
            c = contracts.save(DeptContract.manual(new DeptContract.Header(nextContractNo(now), dept.deptId(),
                            dept.organizationId(), dept.userId(), template.code(),
                            dept.customerName() + template.name() + (req.seq() > 0 ? "(" + req.seq() + ")" : ""),
                            req.seq(), template.version(), template.versionName()),
                    blankToNull(req.contractUrl()), items, finish, template.validDays(), reach.userId(), now));
        }
        events.stateChanged(c);
    }

    @Transactional
    public void renewal(String contractNo) {
        Reach reach = scope.reach();
        DeptContract c = lockInReach(reach, contractNo);
        scope.requireContract(reach, c);
        c.renew(template(c.templateCode()).validDays(), now());
        events.stateChanged(c);
    }

    @Transactional
    public void editExpireTime(String contractNo, String expireDate) {
        LocalDateTime expireTime = parseExpire(expireDate);
        Reach reach = scope.reach();
        DeptContract c = lockInReach(reach, contractNo);
        scope.requireContract(reach, c);
        c.editExpireTime(expireTime, now());
        events.stateChanged(c);
    }

    /**
     * Applies a verified provider callback once: a redelivered event id (or one for a flow no longer waiting)
     * changes nothing and answers false.
     */
    @Transactional
    public boolean applyCallback(String providerCode, EsignCallback callback) {
        LocalDateTime now = now();
        int fresh = jdbc.update("""
                insert into esign_callback (provider_code, event_id, flow_id, action, received_at)
                values (?, ?, ?, ?, ?) on conflict do nothing""",
                providerCode, callback.eventId(), callback.flowId(), callback.action(), Timestamp.valueOf(now));
        if (fresh == 0) {
            log.info("e-sign callback {} of {} already applied", callback.eventId(), providerCode);
            return false;
        }
        DeptContract c = contracts.lockByFlow(providerCode, callback.flowId())
                .orElseThrow(ContractError.FLOW_NOT_FOUND::exception);
        if (!c.isPending()) {
            log.warn("e-sign callback {} for contract {} in state {} ignored", callback.eventId(), c.contractNo(),
                    c.state());
            return false;
        }
        boolean changed;
        switch (callback.action()) {
            case EsignCallback.SIGNED -> {
                ContractTemplate template = template(c.templateCode());
                LocalDateTime signedAt = callback.occurredAt() == null ? now : callback.occurredAt();
                String key = storeDocument(c, template, "已签署 / Signed: " + c.signerMobile() + " "
                        + signedAt.toString().replace('T', ' '), "signed");
                changed = c.signed(signedAt, template.validDays(), key, now);
            }
            case EsignCallback.REJECTED -> changed = c.rejected(
                    isBlank(callback.reason()) ? "签署人拒绝签署" : callback.reason(), now);
            default -> throw BizException.badRequest("未知的回调动作: " + callback.action());
        }
        if (changed) {
            events.stateChanged(c);
        }
        return changed;
    }

    /** The daily check: effective contracts past their expiry are marked and announced (expired = true). */
    @Transactional
    public int expireDue() {
        LocalDateTime now = now();
        int count = 0;
        for (DeptContract c : contracts.findDueForExpiry(now)) {
            if (c.expireIfDue(now)) {
                events.stateChanged(c);
                count++;
            }
        }
        return count;
    }

    // ------------------------------------------------------------------ helpers

    private DeptContract lockInReach(Reach reach, String contractNo) {
        return contracts.lockByContractNo(contractNo.trim()).orElseThrow(ContractError.CONTRACT_NOT_FOUND::exception);
    }

    private ContractTemplate template(String code) {
        return templates.findById(code).orElseThrow(ContractError.TEMPLATE_NOT_FOUND::exception);
    }

    private String nextContractNo(LocalDateTime now) {
        Long n = jdbc.queryForObject("select nextval('contract_no_seq')", Long.class);
        return "HT" + now.format(DAY) + n;
    }

    private Map<String, String> defaults(DeptRow dept) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("customerName", dept.customerName());
        values.put("contactName", dept.linkman());
        values.put("contactMobile", dept.mobile());
        values.put("partyB", properties.getPartyB());
        values.put("signDate", LocalDate.now(clock).toString());
        return values;
    }

    /** The filled fields: fixed ones from the system, the others as sent; every "must" field has a value. */
    private List<FillValue> fillData(ContractTemplate template, DeptRow dept, List<FillDataParam> sent) {
        Map<String, String> given = new LinkedHashMap<>();
        for (FillDataParam p : sent) {
            String key = String.valueOf(p.key()).trim();
            given.put(key, p.value() == null ? null : String.valueOf(p.value()).trim());
        }
        Map<String, String> defaults = defaults(dept);
        List<FillValue> result = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (ContractTemplate.FillConfig config : template.fillConfigs()) {
            String value = isTrue(config.fixed()) ? defaults.get(config.key())
                    : given.getOrDefault(config.key(), defaults.get(config.key()));
            if (isTrue(config.must()) && isBlank(value)) {
                missing.add(config.name() + "(" + config.key() + ")");
            }
            if (value != null && value.length() > 500) {
                throw new BizException(ErrorCode.VALIDATION_FAILED, "fillDataList: " + config.key() + " 超过500字");
            }
            result.add(new FillValue(config.key(), value));
        }
        if (!missing.isEmpty()) {
            throw ContractError.FILL_DATA_MISSING.exception("合同必填内容未填写: " + String.join("、", missing));
        }
        return result;
    }

    /**
     * The products of a contract: each must be an opened product of this account, listed once, and not held by
     * another contract; the price shown is the one sent (the operator may word it), the rest from the projection.
     */
    private List<ContractItem> resolveItems(DeptRow dept, List<DeptItemParam> sent, Long exceptContractId) {
        if (sent == null || sent.isEmpty()) {
            return List.of();
        }
        List<Long> ids = sent.stream().map(DeptItemParam::deptItemId).distinct().toList();
        if (ids.size() != sent.size()) {
            throw BizException.badRequest("deptItemList: 产品重复");
        }
        Map<Long, DeptItemRow> known = projections.findDeptItems(ids).stream()
                .collect(Collectors.toMap(DeptItemRow::deptItemId, Function.identity()));
        for (Long id : ids) {
            DeptItemRow row = known.get(id);
            if (row == null || !row.deptId().equals(dept.deptId()) || row.deleted() || row.state() == null
                    || row.state() != 10) {
                throw ContractError.ITEM_NOT_OF_DEPT.exception("授权记录" + id + "不属于该客户或未开通");
            }
        }
        Set<Long> held = queries.heldElsewhere(ids, exceptContractId);
        if (!held.isEmpty()) {
            throw ContractError.ITEM_ALREADY_CONTRACTED.exception("产品已签署或正在签署中: 授权记录" + held);
        }
        return sent.stream().map(p -> new ContractItem(p.deptItemId(), known.get(p.deptItemId()).checkItem(),
                p.itemName().trim(), p.showFee().trim(), p.feeType(), blankToNull(p.remark()))).toList();
    }

    private void renderPreview(DeptContract c, ContractTemplate template) {
        c.previewRendered(storeDocument(c, template, null, "preview"));
    }

    private String storeDocument(DeptContract c, ContractTemplate template, String signature, String kind) {
        Map<String, String> fields = new LinkedHashMap<>();
        c.fillData().forEach(f -> fields.put(f.key(), f.value()));
        byte[] pdf = renderer.render(new ContractRenderer.ContractDocument(template.title(), c.contractNo(),
                c.contractName(), template.body(), fields,
                c.items().stream().map(i -> new ContractRenderer.Line(i.checkItem(), i.itemName(), i.showFee(),
                        i.feeType(), i.remark())).toList(), signature));
        return storage.put(kind + "-" + c.contractNo(), "pdf", "application/pdf", pdf);
    }

    /** A product as a contract line: price "0.75元/次", fee type as text, free calls as remark. */
    static DeptItemLine line(DeptItemRow row) {
        String fee = row.fee() == null ? "" : row.fee().setScale(4, RoundingMode.HALF_UP).stripTrailingZeros()
                .max(BigDecimal.ZERO).toPlainString();
        if (!fee.isEmpty() && !fee.contains(".")) {
            fee = fee + ".00";
        } else if (fee.contains(".") && fee.substring(fee.indexOf('.') + 1).length() == 1) {
            fee = fee + "0";
        }
        String feeType = row.feeType() == null ? "查询计费" : row.feeType() == 20 ? "查得计费" : "查询计费";
        String remark = row.freeCount() != null && row.freeCount() > 0 ? "赠送" + row.freeCount() + "次" : null;
        return new DeptItemLine(row.deptItemId(), row.checkItem(), row.itemName(), fee + "元/次", feeType, remark);
    }

    private static LocalDateTime parseExpire(String s) {
        String v = s.trim();
        try {
            if (v.length() == 10) {
                return LocalDate.parse(v).atTime(LocalTime.of(23, 59, 59));
            }
            return LocalDateTime.parse(v, DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));
        } catch (DateTimeParseException e) {
            throw ContractError.BAD_EXPIRE_DATE.exception();
        }
    }

    private static boolean isTrue(Boolean b) {
        return Boolean.TRUE.equals(b);
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static String blankToNull(String s) {
        return isBlank(s) ? null : s.trim();
    }
}
