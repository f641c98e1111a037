package com.nuoer.customer.org.register;

import com.nuoer.customer.org.OrgErrorCode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A registration application (domain.md §3.2): submitted {@code 0 待审核}; {@code registerAudit} passes it
 * ({@code 10}, the customer is created) or rejects it with a reason ({@code -10}); a rejected application is
 * resubmitted as a new row with the same {@code applyNo} while the older row becomes {@code isOut}. A pending
 * application is edited in place. Repeating the decision already taken is a no-op; the opposite one is refused.
 */
@Entity
@Table(name = "register_apply")
@DynamicUpdate
public class RegisterApply {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String applyNo;
    private Long customerId;
    private String customerName;
    private Long salesmanId;
    private String salesmanName;
    private int auditState;
    private boolean isOut;
    @JdbcTypeCode(SqlTypes.JSON)
    private RegisterForm submitInfo;
    private String submitRemark;
    private LocalDateTime auditTime;
    private String auditRemark;
    @JdbcTypeCode(SqlTypes.JSON)
    private List<String> auditImgList;
    private Long auditBy;
    private Long opportunityId;
    private String mobile;
    @Column(updatable = false)
    private Long createBy;
    @Column(updatable = false)
    private LocalDateTime createTime;
    private LocalDateTime modifyTime;

    protected RegisterApply() {
    }

    public static RegisterApply submit(String applyNo, RegisterForm form, String remark, Long salesmanId,
                                       String salesmanName, Long createBy, LocalDateTime now) {
        RegisterApply apply = new RegisterApply();
        apply.applyNo = Objects.requireNonNull(applyNo);
        apply.salesmanId = salesmanId;
        apply.salesmanName = salesmanName;
        apply.auditState = ApplyAuditState.PENDING;
        apply.createBy = createBy;
        apply.createTime = now;
        apply.fill(form, remark, now);
        return apply;
    }

    private void fill(RegisterForm form, String remark, LocalDateTime now) {
        this.submitInfo = form;
        this.customerName = form.organizationName();
        this.mobile = form.mobile();
        this.opportunityId = form.opportunityId();
        if (remark != null) {
            this.submitRemark = remark;
        }
        this.modifyTime = now;
    }

    /**
     * Resubmission (sales register with applyId, crm editApply): a pending application is changed in place and
     * returned; a rejected one is retired ({@code isOut}) and its successor returned (same applyNo, pending).
     */
    public RegisterApply resubmit(RegisterForm form, String remark, Long by, LocalDateTime now) {
        if (isOut) {
            throw OrgErrorCode.APPLY_STATE.exception("该申请记录已过时，请在最新的申请记录上修改");
        }
        if (auditState == ApplyAuditState.PASSED) {
            throw OrgErrorCode.APPLY_STATE.exception("申请已审核通过，不能再修改");
        }
        if (auditState == ApplyAuditState.PENDING) {
            fill(form, remark, now);
            return this;
        }
        isOut = true;
        modifyTime = now;
        RegisterApply next = submit(applyNo, form, remark != null ? remark : submitRemark, salesmanId, salesmanName,
                by, now);
        return next;
    }

    /** Reject with a reason; false when it was rejected already. */
    public boolean reject(String reason, List<String> images, Long by, LocalDateTime now) {
        ensureCurrent();
        if (auditState == ApplyAuditState.REJECTED) {
            return false;
        }
        if (auditState == ApplyAuditState.PASSED) {
            throw OrgErrorCode.APPLY_STATE.exception("申请已审核通过，不能驳回");
        }
        decide(ApplyAuditState.REJECTED, reason, images, by, now);
        return true;
    }

    /** True when the application may pass now; false when it passed already (idempotent repeat). */
    public boolean mayPass() {
        ensureCurrent();
        if (auditState == ApplyAuditState.REJECTED) {
            throw OrgErrorCode.APPLY_STATE.exception("申请已驳回，需重新提交后才能审核通过");
        }
        return auditState == ApplyAuditState.PENDING;
    }

    public void pass(Long customerId, RegisterForm finalForm, String remark, List<String> images, Long by,
                     LocalDateTime now) {
        if (!mayPass()) {
            return;
        }
        this.customerId = customerId;
        this.submitInfo = finalForm;
        decide(ApplyAuditState.PASSED, remark, images, by, now);
    }

    private void decide(int state, String remark, List<String> images, Long by, LocalDateTime now) {
        this.auditState = state;
        this.auditRemark = remark;
        this.auditImgList = images == null ? null : new ArrayList<>(images);
        this.auditBy = by;
        this.auditTime = now;
        this.modifyTime = now;
    }

    private void ensureCurrent() {
        if (isOut) {
            throw OrgErrorCode.APPLY_STATE.exception("该申请记录已过时，请审核最新的申请记录");
        }
    }

    public Long getId() {
        return id;
    }

    public String getApplyNo() {
        return applyNo;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public String getCustomerName() {
        return customerName;
    }

    public Long getSalesmanId() {
        return salesmanId;
    }

    public String getSalesmanName() {
        return salesmanName;
    }

    public int getAuditState() {
        return auditState;
    }

    public boolean isOut() {
        return isOut;
    }

    public RegisterForm getSubmitInfo() {
        return submitInfo;
    }

    public String getSubmitRemark() {
        return submitRemark;
    }

    public LocalDateTime getAuditTime() {
        return auditTime;
    }

    public String getAuditRemark() {
        return auditRemark;
    }

    public List<String> getAuditImgList() {
        return auditImgList;
    }

    public Long getOpportunityId() {
        return opportunityId;
    }

    public Long getCreateBy() {
        return createBy;
    }

    public LocalDateTime getCreateTime() {
        return createTime;
    }

    public LocalDateTime getModifyTime() {
        return modifyTime;
    }
}
