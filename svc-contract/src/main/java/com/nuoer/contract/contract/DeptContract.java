package com.nuoer.contract.contract;

import static com.nuoer.contract.contract.ContractState.CANCELLED;
import static com.nuoer.contract.contract.ContractState.DRAFT;
import static com.nuoer.contract.contract.ContractState.MANUAL_SIGNED;
import static com.nuoer.contract.contract.ContractState.PENDING;
import static com.nuoer.contract.contract.ContractState.REJECTED;
import static com.nuoer.contract.contract.ContractState.SIGNED;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A contract of a developer account (domain.md §2.7). The state machine of §3.2 lives here: every transition checks
 * the current state and refuses an illegal one with {@link ContractError#ILLEGAL_STATE}; transitions that are
 * repeated (a callback delivered twice, a withdraw retried) report "no change" instead of failing, so callers publish
 * an event only for a real change.
 */
@Entity
@Table(name = "dept_contract")
public class DeptContract {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "contract_no", nullable = false, unique = true)
    private String contractNo;
    @Column(name = "dept_id", nullable = false)
    private Long deptId;
    @Column(name = "organization_id")
    private Long organizationId;
    @Column(name = "user_id")
    private Long userId;
    @Column(name = "template_code", nullable = false)
    private String templateCode;
    @Column(name = "contract_name", nullable = false)
    private String contractName;
    @Column(nullable = false)
    private int state;
    @Column(nullable = false)
    private int seq;
    @Column(nullable = false)
    private int version;
    @Column(name = "version_name")
    private String versionName;
    @Column(name = "signer_mobile")
    private String signerMobile;
    @Column(name = "signer_name")
    private String signerName;
    @Column(name = "signer_id_card")
    private String signerIdCard;
    @Column(name = "contract_url")
    private String contractUrl;
    @Column(name = "contract_file_key")
    private String contractFileKey;
    @Column(name = "preview_file_key")
    private String previewFileKey;
    @Column(name = "provider_code")
    private String providerCode;
    @Column(name = "flow_id")
    private String flowId;
    @Column(name = "sign_url")
    private String signUrl;
    @Column(name = "submit_time")
    private LocalDateTime submitTime;
    @Column(name = "sign_end_time")
    private LocalDateTime signEndTime;
    @Column(name = "finish_time")
    private LocalDateTime finishTime;
    @Column(name = "expire_time")
    private LocalDateTime expireTime;
    @Column(nullable = false)
    private boolean expired;
    @Column(name = "reject_reason")
    private String rejectReason;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "fill_data", nullable = false, columnDefinition = "jsonb")
    private List<FillValue> fillData = new ArrayList<>();
    @Column(nullable = false)
    private boolean manual;
    @Column(nullable = false)
    private boolean deleted;
    @Column(name = "event_version", nullable = false)
    private long eventVersion;
    @Column(name = "create_by")
    private Long createBy;
    @Column(name = "create_date", nullable = false)
    private LocalDateTime createDate;
    @Column(name = "update_date", nullable = false)
    private LocalDateTime updateDate;
    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "contract_item", joinColumns = @JoinColumn(name = "contract_id"))
    @OrderColumn(name = "sort")
    private List<ContractItem> items = new ArrayList<>();

    protected DeptContract() {
    }

    /** The parties and template of a new contract. */
    public record Header(String contractNo, Long deptId, Long organizationId, Long userId, String templateCode,
                         String contractName, int seq, int version, String versionName) {
    }

    /** preSubmit: a draft (state 0) whose preview is rendered next. */
    public static DeptContract draft(Header header, List<FillValue> fillData, List<ContractItem> items, Long createBy,
                                     LocalDateTime now) {
        DeptContract c = fromHeader(header, createBy, now);
        c.state = DRAFT;
        c.fillData = new ArrayList<>(fillData);
        c.items = new ArrayList<>(items);
        return c;
    }

    /** manualUpload: a contract signed offline (state 80), in force from {@code finishTime} for {@code validDays}. */
    public static DeptContract manual(Header header, String contractUrl, List<ContractItem> items,
                                      LocalDateTime finishTime, int validDays, Long createBy, LocalDateTime now) {
        DeptContract c = fromHeader(header, createBy, now);
        c.state = MANUAL_SIGNED;
        c.manual = true;
        c.items = new ArrayList<>(items);
        c.contractUrl = contractUrl;
        c.finishTime = finishTime;
        c.expireTime = finishTime.plusDays(validDays);
        c.expired = !c.expireTime.isAfter(now);
        return c;
    }

    private static DeptContract fromHeader(Header h, Long createBy, LocalDateTime now) {
        DeptContract c = new DeptContract();
        c.contractNo = h.contractNo();
        c.deptId = h.deptId();
        c.organizationId = h.organizationId();
        c.userId = h.userId();
        c.templateCode = h.templateCode();
        c.contractName = h.contractName();
        c.seq = h.seq();
        c.version = h.version();
        c.versionName = h.versionName();
        c.createBy = createBy;
        c.createDate = now;
        c.updateDate = now;
        return c;
    }

    /** preSubmit again for the same dept and seq: the draft takes the new content. */
    public void redraft(String contractName, List<FillValue> fillData, List<ContractItem> items, LocalDateTime now) {
        require(state == DRAFT);
        this.contractName = contractName;
        this.fillData = new ArrayList<>(fillData);
        this.items.clear();
        this.items.addAll(items);
        touch(now);
    }

    public void previewRendered(String fileKey) {
        this.previewFileKey = fileKey;
    }

    /**
     * submit: the draft goes to the e-sign provider (0 → 50). Repeating it for a contract already waiting with the
     * same signer is answered as done (false: nothing changed); another signer needs a withdraw first.
     */
    public boolean submitCheck(String mobile) {
        if (state == PENDING) {
            if (mobile.equals(signerMobile)) {
                return false;
            }
            throw ContractError.SIGNER_CHANGED.exception();
        }
        require(state == DRAFT);
        return true;
    }

    public void submitted(String mobile, String signerName, String signerIdCard, String providerCode, String flowId,
                          String signUrl, int signDays, LocalDateTime now) {
        require(state == DRAFT);
        this.state = PENDING;
        this.signerMobile = mobile;
        this.signerName = signerName;
        this.signerIdCard = signerIdCard;
        this.providerCode = providerCode;
        this.flowId = flowId;
        this.signUrl = signUrl;
        this.submitTime = now;
        this.signEndTime = now.plusDays(signDays);
        touch(now);
    }

    /** The provider reports the contract signed (50 → 100); false when it already was (a redelivered callback). */
    public boolean signed(LocalDateTime signedAt, int validDays, String contractFileKey, LocalDateTime now) {
        if (state == SIGNED) {
            return false;
        }
        require(state == PENDING);
        this.state = SIGNED;
        this.finishTime = signedAt;
        this.expireTime = signedAt.plusDays(validDays);
        this.expired = false;
        this.contractFileKey = contractFileKey;
        touch(now);
        return true;
    }

    /** The signer refused (50 → -10); false when already rejected. */
    public boolean rejected(String reason, LocalDateTime now) {
        if (state == REJECTED) {
            return false;
        }
        require(state == PENDING);
        this.state = REJECTED;
        this.rejectReason = reason;
        touch(now);
        return true;
    }

    /** withdraw (0/50 → -1): the products return to unsigned; false when already cancelled. */
    public boolean withdraw(LocalDateTime now) {
        if (state == CANCELLED) {
            return false;
        }
        require(state == PENDING || state == DRAFT);
        this.state = CANCELLED;
        touch(now);
        return true;
    }

    /** delete (only a draft, cancelled or rejected contract); false when already deleted. */
    public boolean delete(LocalDateTime now) {
        if (deleted) {
            return false;
        }
        require(state == DRAFT || state == CANCELLED || state == REJECTED);
        this.deleted = true;
        touch(now);
        return true;
    }

    /** renewal: another {@code validDays} from the current expiry (or from now when already expired). */
    public void renew(int validDays, LocalDateTime now) {
        require(isEffective());
        LocalDateTime from = expireTime == null || expireTime.isBefore(now) ? now : expireTime;
        this.expireTime = from.plusDays(validDays);
        this.expired = false;
        touch(now);
    }

    public void editExpireTime(LocalDateTime newExpireTime, LocalDateTime now) {
        require(isEffective());
        this.expireTime = newExpireTime;
        this.expired = !newExpireTime.isAfter(now);
        touch(now);
    }

    /** manualUpload again for the same seq: the offline contract is replaced (file, date, products). */
    public void reupload(String templateCode, String contractUrl, List<ContractItem> items, LocalDateTime finishTime,
                         int validDays, LocalDateTime now) {
        require(manual && state == MANUAL_SIGNED);
        this.templateCode = templateCode;
        this.contractUrl = contractUrl;
        this.items.clear();
        this.items.addAll(items);
        this.finishTime = finishTime;
        this.expireTime = finishTime.plusDays(validDays);
        this.expired = !expireTime.isAfter(now);
        touch(now);
    }

    /** The daily check: an effective contract whose expiry passed is marked expired once (true then). */
    public boolean expireIfDue(LocalDateTime now) {
        if (!isEffective() || expired || expireTime == null || expireTime.isAfter(now)) {
            return false;
        }
        this.expired = true;
        touch(now);
        return true;
    }

    public boolean isEffective() {
        return !deleted && (state == SIGNED || state == MANUAL_SIGNED);
    }

    public boolean isPending() {
        return !deleted && state == PENDING;
    }

    /** The next version of this contract's ContractStateChanged snapshots. */
    public long nextEventVersion() {
        return ++eventVersion;
    }

    private void touch(LocalDateTime now) {
        this.updateDate = now;
    }

    private void require(boolean allowed) {
        if (deleted || !allowed) {
            throw ContractError.ILLEGAL_STATE.exception("合同" + contractNo + "当前状态为"
                    + (deleted ? "已删除" : ContractState.label(state)) + "，不允许该操作");
        }
    }

    public Long id() { return id; }
    public String contractNo() { return contractNo; }
    public Long deptId() { return deptId; }
    public Long organizationId() { return organizationId; }
    public Long userId() { return userId; }
    public String templateCode() { return templateCode; }
    public String contractName() { return contractName; }
    public int state() { return state; }
    public int seq() { return seq; }
    public int version() { return version; }
    public String versionName() { return versionName; }
    public String signerMobile() { return signerMobile; }
    public String signerName() { return signerName; }
    public String contractUrl() { return contractUrl; }
    public String contractFileKey() { return contractFileKey; }
    public String previewFileKey() { return previewFileKey; }
    public String providerCode() { return providerCode; }
    public String flowId() { return flowId; }
    public String signUrl() { return signUrl; }
    public LocalDateTime submitTime() { return submitTime; }
    public LocalDateTime signEndTime() { return signEndTime; }
    public LocalDateTime finishTime() { return finishTime; }
    public LocalDateTime expireTime() { return expireTime; }
    public boolean expired() { return expired; }
    public String rejectReason() { return rejectReason; }
    public List<FillValue> fillData() { return List.copyOf(fillData); }
    public boolean manual() { return manual; }
    public boolean deleted() { return deleted; }
    public long eventVersion() { return eventVersion; }
    public LocalDateTime createDate() { return createDate; }
    public LocalDateTime updateDate() { return updateDate; }
    public List<ContractItem> items() { return List.copyOf(items); }
}
