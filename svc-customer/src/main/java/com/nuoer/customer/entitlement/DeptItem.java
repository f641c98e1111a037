package com.nuoer.customer.entitlement;

import com.nuoer.customer.entitlement.catalog.Product;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * An authorised product of a developer account (DeptItem). State machine (domain.md §3.2): apply/accredit → 0 待审核
 * —audit pass→ 10 已开通 | reject → -10 已驳回 (re-apply → 0); 10 —disable→ -1 —enable→ 10; delete is soft and final.
 * Every change increments {@link #version}, carried by DeptItemChanged.
 */
@Entity
@Table(name = "dept_item")
public class DeptItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(updatable = false)
    private Long deptId;
    @Column(updatable = false)
    private String checkItem;
    private String itemName;
    private String usedVersion;
    private int isOpen;
    private int state;
    private BigDecimal fee;
    private String feeDetail;
    private Integer chargeType;
    private Integer feeType;
    private int freeCount;
    private String applyRemark;
    private String auditRemark;
    private LocalDateTime auditTime;
    private Integer cacheFetchDays;
    private boolean isHidden;
    private String orgCode;
    private BigDecimal riskThreshold;
    private boolean isFusion;
    @Column(updatable = false)
    private Long fusionDeptItemId;
    private Integer contractState;
    private Long salesmanId;
    private boolean deleted;
    private LocalDateTime effectTime;
    private long version;
    @Column(updatable = false)
    private Long createBy;
    @Column(updatable = false)
    private LocalDateTime createDate;
    private LocalDateTime updateDate;

    protected DeptItem() {
    }

    /** A new item in 0 待审核 priced from the catalogue, then from {@code terms}. */
    public static DeptItem create(long deptId, Product product, Long fusionDeptItemId, Terms terms, Long salesmanId,
                                  Long createBy, LocalDateTime now) {
        DeptItem d = new DeptItem();
        d.deptId = deptId;
        d.checkItem = product.checkItem();
        d.itemName = product.itemName();
        d.isOpen = 1;
        d.state = DeptItemState.PENDING;
        d.fee = product.price() == null ? BigDecimal.ZERO : product.price();
        d.feeType = product.feeType();
        d.isFusion = product.isFusion();
        d.chargeType = product.isFusion() ? 20 : null;
        d.fusionDeptItemId = fusionDeptItemId;
        d.salesmanId = salesmanId;
        d.createBy = createBy;
        d.createDate = now;
        d.updateDate = now;
        d.effectTime = now;
        d.version = 1;
        d.applyTerms(terms);
        return d;
    }

    private void applyTerms(Terms t) {
        if (t == null) {
            return;
        }
        if (t.chargeType() != null) {
            chargeType = t.chargeType();
        }
        if (t.feeType() != null) {
            feeType = t.feeType();
        }
        if (t.fee() != null) {
            fee = t.fee();
        }
        if (t.feeDetail() != null) {
            feeDetail = t.feeDetail();
        }
        if (t.freeCount() != null) {
            freeCount = t.freeCount();
        }
        if (t.applyRemark() != null) {
            applyRemark = t.applyRemark();
        }
        if (t.orgCode() != null) {
            orgCode = t.orgCode().isBlank() ? null : t.orgCode();
        }
        if (t.riskThreshold() != null) {
            riskThreshold = t.riskThreshold();
        }
        if (t.usedVersion() != null) {
            usedVersion = t.usedVersion();
        }
        if (t.isHidden() != null) {
            isHidden = t.isHidden();
        }
    }

    private void ensureNotDeleted() {
        if (deleted) {
            throw DeptItemErrors.STATE.exception("授权产品已删除");
        }
    }

    /** Apply/accredit again: a pending item is refreshed, a rejected one goes back to 0; opened ones refuse. */
    public void reapply(Terms terms, Long salesmanId, LocalDateTime now) {
        ensureNotDeleted();
        if (state == DeptItemState.OPENED || state == DeptItemState.DISABLED) {
            throw DeptItemErrors.ALREADY_OPENED.exception("该产品已授权(" + checkItem + ")，请直接编辑");
        }
        state = DeptItemState.PENDING;
        auditRemark = null;
        if (salesmanId != null) {
            this.salesmanId = salesmanId;
        }
        applyTerms(terms);
        touch(now);
    }

    /** Audit pass (0 → 10); passing an opened item again only confirms its terms. */
    public void pass(Terms terms, String remark, LocalDateTime now) {
        ensureNotDeleted();
        if (state != DeptItemState.PENDING && state != DeptItemState.OPENED) {
            throw DeptItemErrors.STATE.exception("只有待审核的授权产品可以审核通过");
        }
        BigDecimal before = fee;
        applyTerms(terms);
        if (state == DeptItemState.PENDING || before.compareTo(fee) != 0) {
            effectTime = now;
        }
        state = DeptItemState.OPENED;
        auditRemark = remark;
        auditTime = now;
        touch(now);
    }

    /** Audit reject (0 → -10) with the reason shown to the customer. */
    public void reject(String reason, LocalDateTime now) {
        ensureNotDeleted();
        if (state != DeptItemState.PENDING) {
            throw DeptItemErrors.STATE.exception("只有待审核的授权产品可以驳回");
        }
        state = DeptItemState.REJECTED;
        auditRemark = reason;
        auditTime = now;
        touch(now);
    }

    /** crm/sales edit of the terms (price fields take effect now). */
    public void edit(Terms terms, LocalDateTime now) {
        ensureNotDeleted();
        BigDecimal before = fee;
        applyTerms(terms);
        if (before.compareTo(fee) != 0) {
            effectTime = now;
        }
        touch(now);
    }

    /** A price change (adjust applied now or by the scheduler). */
    public void changePrice(BigDecimal fee, String feeDetail, Integer chargeType, Integer feeType, LocalDateTime now) {
        ensureNotDeleted();
        this.fee = fee;
        this.feeDetail = feeDetail;
        if (chargeType != null) {
            this.chargeType = chargeType;
        }
        if (feeType != null) {
            this.feeType = feeType;
        }
        this.effectTime = now;
        touch(now);
    }

    public void editCacheFetch(Integer days, LocalDateTime now) {
        ensureNotDeleted();
        cacheFetchDays = days;
        touch(now);
    }

    public void editFreeCount(int count, LocalDateTime now) {
        ensureNotDeleted();
        freeCount = count;
        touch(now);
    }

    public void editExtra(Boolean hidden, String usedVersion, LocalDateTime now) {
        ensureNotDeleted();
        if (hidden != null) {
            isHidden = hidden;
        }
        if (usedVersion != null) {
            this.usedVersion = usedVersion;
        }
        touch(now);
    }

    /** -1 → 10; an enabled item stays as it is (false = nothing changed). */
    public boolean enable(LocalDateTime now) {
        ensureNotDeleted();
        if (state == DeptItemState.OPENED && isOpen == 1) {
            return false;
        }
        if (state != DeptItemState.DISABLED && state != DeptItemState.OPENED) {
            throw DeptItemErrors.STATE.exception("只有已禁用的授权产品可以启用");
        }
        state = DeptItemState.OPENED;
        isOpen = 1;
        touch(now);
        return true;
    }

    /** 10 → -1; a disabled item stays as it is (false = nothing changed). */
    public boolean disable(LocalDateTime now) {
        ensureNotDeleted();
        if (state == DeptItemState.DISABLED) {
            return false;
        }
        if (state != DeptItemState.OPENED) {
            throw DeptItemErrors.STATE.exception("只有已开通的授权产品可以禁用");
        }
        state = DeptItemState.DISABLED;
        touch(now);
        return true;
    }

    /** Soft delete; deleting a deleted item changes nothing (false). */
    public boolean delete(LocalDateTime now) {
        if (deleted) {
            return false;
        }
        deleted = true;
        touch(now);
        return true;
    }

    public void contractState(Integer contractState, LocalDateTime now) {
        this.contractState = contractState;
        touch(now);
    }

    /** Records a change that lives outside the row (e.g. its data sources) so consumers get a new version. */
    public void touch(LocalDateTime now) {
        updateDate = now;
        version++;
    }

    public Long getId() {
        return id;
    }

    public Long getDeptId() {
        return deptId;
    }

    public String getCheckItem() {
        return checkItem;
    }

    public String getItemName() {
        return itemName;
    }

    public String getUsedVersion() {
        return usedVersion;
    }

    public int getIsOpen() {
        return isOpen;
    }

    public int getState() {
        return state;
    }

    public BigDecimal getFee() {
        return fee;
    }

    public String getFeeDetail() {
        return feeDetail;
    }

    public Integer getChargeType() {
        return chargeType;
    }

    public Integer getFeeType() {
        return feeType;
    }

    public int getFreeCount() {
        return freeCount;
    }

    public Integer getCacheFetchDays() {
        return cacheFetchDays;
    }

    public boolean isFusion() {
        return isFusion;
    }

    public Long getFusionDeptItemId() {
        return fusionDeptItemId;
    }

    public Integer getContractState() {
        return contractState;
    }

    public String getOrgCode() {
        return orgCode;
    }

    public boolean isDeleted() {
        return deleted;
    }

    public LocalDateTime getEffectTime() {
        return effectTime;
    }

    public long getVersion() {
        return version;
    }

    public Long getSalesmanId() {
        return salesmanId;
    }
}
