package com.nuoer.wallet.recharge;

import com.nuoer.wallet.wallet.WalletErrors;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * A recharge application (PayOrder, domain.md §2.5/§3.2): {@code 0 待支付 → 10 已支付} (credited) or {@code -1 已关闭}
 * (expired); {@code 20 已退款} is reserved. Completion is additionally guarded in SQL (state 0 → 10 by one
 * conditional update), so a callback delivered twice credits once.
 */
@Entity
@Table(name = "pay_order")
public class PayOrder {

    public static final int STATE_CLOSED = -1;
    public static final int STATE_WAITING = 0;
    public static final int STATE_PAID = 10;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String payNo;
    private String payType;
    private String payMethod;
    private String businessType;
    private String businessNo;
    private Integer state;
    private String feeName;
    private BigDecimal originAmount;
    private BigDecimal amount;
    private BigDecimal giveQuota;
    private Boolean onlyNewGive;
    private Long walletId;
    private Long organizationId;
    private Long userId;
    private String payerOpenid;
    private String applyAppType;
    private String payUrl;
    private String payInfo;
    private String logo;
    private LocalDateTime expireTime;
    private String tradeNo;
    private LocalDateTime paidTime;
    private String walletFlowNo;
    private Long tenantId;
    private LocalDateTime createTime;
    private LocalDateTime modifyTime;

    protected PayOrder() {
    }

    public static PayOrder apply(String payNo, String payMethod, BigDecimal amount, BigDecimal giveQuota,
                                 boolean onlyNewGive, Long walletId, Long organizationId, Long userId,
                                 String payerOpenid, String applyAppType, LocalDateTime expireTime, LocalDateTime now) {
        PayOrder o = new PayOrder();
        o.payNo = payNo;
        o.payType = "recharge";
        o.payMethod = payMethod;
        o.businessType = "walletRecharge";
        o.businessNo = payNo;
        o.state = STATE_WAITING;
        o.feeName = "钱包充值";
        o.originAmount = amount;
        o.amount = amount;
        o.giveQuota = giveQuota;
        o.onlyNewGive = onlyNewGive;
        o.walletId = walletId;
        o.organizationId = organizationId;
        o.userId = userId;
        o.payerOpenid = payerOpenid;
        o.applyAppType = applyAppType;
        o.expireTime = expireTime;
        o.tenantId = 1L;
        o.createTime = now;
        o.modifyTime = now;
        return o;
    }

    void attachPayData(PaymentProvider.PayData data) {
        this.payUrl = data.payUrl();
        this.payInfo = data.payInfo();
        this.logo = data.logo();
    }

    /** Checks a provider's notification against this order before it may complete it. */
    void checkPayable(BigDecimal paidAmount, LocalDateTime now) {
        if (state != STATE_WAITING) {
            throw WalletErrors.PAY_ORDER_STATE.error();
        }
        if (now.isAfter(expireTime)) {
            throw WalletErrors.PAY_ORDER_EXPIRED.error();
        }
        if (paidAmount == null || paidAmount.compareTo(amount) != 0) {
            throw WalletErrors.PAY_AMOUNT_MISMATCH.error();
        }
    }

    public long expireSeconds(LocalDateTime now) {
        return Math.max(0, java.time.Duration.between(now, expireTime).getSeconds());
    }

    public Long getId() { return id; }
    public String getPayNo() { return payNo; }
    public String getPayType() { return payType; }
    public String getPayMethod() { return payMethod; }
    public String getBusinessType() { return businessType; }
    public String getBusinessNo() { return businessNo; }
    public Integer getState() { return state; }
    public String getFeeName() { return feeName; }
    public BigDecimal getOriginAmount() { return originAmount; }
    public BigDecimal getAmount() { return amount; }
    public BigDecimal getGiveQuota() { return giveQuota; }
    public Boolean getOnlyNewGive() { return onlyNewGive; }
    public Long getWalletId() { return walletId; }
    public Long getOrganizationId() { return organizationId; }
    public String getPayUrl() { return payUrl; }
    public String getPayInfo() { return payInfo; }
    public String getLogo() { return logo; }
    public LocalDateTime getExpireTime() { return expireTime; }
    public String getWalletFlowNo() { return walletFlowNo; }
}
