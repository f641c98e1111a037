package com.nuoer.sales.maintain;

import com.nuoer.sales.support.SalesError;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * One assignment of a customer to a salesman (maintain record). A customer has at most one valid record; a new
 * assignment invalidates the previous one, which stays as history (assignHistories). Performance counts for the
 * record valid in a month: the one with the latest effect month not after it.
 */
@Entity
@Table(name = "customer_maintain")
public class CustomerMaintain {

    public static final int VALID = 1;
    public static final int INVALID = 0;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "customer_id", nullable = false)
    private Long customerId;
    @Column(name = "dept_id")
    private Long deptId;
    @Column(name = "salesman_id")
    private Long salesmanId;
    @Column(nullable = false)
    private int state;
    @Column(name = "effect_month", nullable = false)
    private String effectMonth;
    @Column(name = "assign_time", nullable = false)
    private LocalDateTime assignTime;
    @Column(name = "grade_code")
    private String gradeCode;
    @Column(name = "royalty_rate")
    private BigDecimal royaltyRate;
    @Column(name = "gain_channel")
    private String gainChannel;
    @Column(name = "create_by")
    private Long createBy;
    @Column(name = "create_time", nullable = false)
    private LocalDateTime createTime;
    @Column(name = "modify_time", nullable = false)
    private LocalDateTime modifyTime;

    protected CustomerMaintain() {
    }

    /** A new valid assignment. */
    public static CustomerMaintain assign(long customerId, Long deptId, long salesmanId, String effectMonth,
                                         String gradeCode, BigDecimal royaltyRate, String gainChannel, Long actor,
                                         LocalDateTime now) {
        if (royaltyRate != null && (royaltyRate.signum() < 0 || royaltyRate.compareTo(BigDecimal.ONE) > 0)) {
            throw SalesError.ROYALTY_INVALID.exception("royaltyRate: 提成比例必须在0-1之间");
        }
        CustomerMaintain m = new CustomerMaintain();
        m.customerId = customerId;
        m.deptId = deptId;
        m.salesmanId = salesmanId;
        m.state = VALID;
        m.effectMonth = effectMonth;
        m.assignTime = now;
        m.gradeCode = gradeCode;
        m.royaltyRate = royaltyRate;
        m.gainChannel = gainChannel;
        m.createBy = actor;
        m.createTime = now;
        m.modifyTime = now;
        return m;
    }

    /** Replaced by a newer assignment (or the customer is gone): kept as history. */
    public void invalidate(LocalDateTime now) {
        if (state != VALID) {
            throw SalesError.NOT_ASSIGNED.exception("该指派记录已失效");
        }
        state = INVALID;
        modifyTime = now;
    }

    public void changeGainChannel(String channel, LocalDateTime now) {
        if (state != VALID) {
            throw SalesError.NOT_ASSIGNED.exception("该指派记录已失效");
        }
        gainChannel = channel;
        modifyTime = now;
    }

    public boolean isValid() {
        return state == VALID;
    }

    public Long getId() {
        return id;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public Long getSalesmanId() {
        return salesmanId;
    }

    public String getEffectMonth() {
        return effectMonth;
    }

    public LocalDateTime getAssignTime() {
        return assignTime;
    }

    public String getGradeCode() {
        return gradeCode;
    }

    public BigDecimal getRoyaltyRate() {
        return royaltyRate;
    }

    public String getGainChannel() {
        return gainChannel;
    }
}
