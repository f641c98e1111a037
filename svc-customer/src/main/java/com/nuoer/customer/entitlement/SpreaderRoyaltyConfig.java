package com.nuoer.customer.entitlement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/** A spreader royalty asked for when a product was accredited (svc-sales keeps the authoritative SpreaderRoyalty). */
@Entity
@Table(name = "dept_item_spreader_royalty")
public class SpreaderRoyaltyConfig {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long deptItemId;
    private Long deptId;
    private Long customerId;
    private String checkItem;
    private Long spreaderId;
    private String spreaderName;
    private String royaltyType;
    private BigDecimal royaltyPrice;
    private BigDecimal royaltyRate;
    private String state;
    private String effectMonth;
    private LocalDateTime assignTime;
    @Column(updatable = false)
    private Long createBy;
    @Column(updatable = false)
    private LocalDateTime createTime;
    private LocalDateTime modifyTime;

    protected SpreaderRoyaltyConfig() {
    }

    public static SpreaderRoyaltyConfig of(DeptItem item, Long customerId, Long spreaderId, String spreaderName,
                                           Long createBy, LocalDateTime now) {
        SpreaderRoyaltyConfig r = new SpreaderRoyaltyConfig();
        r.deptItemId = item.getId();
        r.deptId = item.getDeptId();
        r.customerId = customerId;
        r.checkItem = item.getCheckItem();
        r.spreaderId = spreaderId;
        r.spreaderName = spreaderName;
        r.state = "BINDING";
        r.assignTime = now;
        r.createBy = createBy;
        r.createTime = now;
        return r;
    }

    public void terms(String royaltyType, BigDecimal royaltyPrice, BigDecimal royaltyRate, String effectMonth,
                      LocalDateTime now) {
        this.royaltyType = royaltyType;
        this.royaltyPrice = royaltyPrice;
        this.royaltyRate = royaltyRate;
        this.effectMonth = effectMonth;
        this.state = "BINDING";
        this.modifyTime = now;
    }

    public Long getSpreaderId() {
        return spreaderId;
    }

    public String getRoyaltyType() {
        return royaltyType;
    }

    public BigDecimal getRoyaltyPrice() {
        return royaltyPrice;
    }

    public BigDecimal getRoyaltyRate() {
        return royaltyRate;
    }

    public String getEffectMonth() {
        return effectMonth;
    }
}
