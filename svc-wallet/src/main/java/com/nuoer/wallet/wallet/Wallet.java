package com.nuoer.wallet.wallet;

import com.nuoer.common.error.BizException;
import com.nuoer.common.error.ErrorCode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.hibernate.annotations.DynamicUpdate;

/**
 * A prepaid wallet. The entity holds the settings and their rules; the money columns ({@code balance},
 * {@code version}, low-balance state) are read-only here: only {@link WalletLedger}'s conditional updates change
 * them, so a stale entity can never overwrite a balance.
 */
@Entity
@Table(name = "wallet")
@DynamicUpdate
public class Wallet {

    public static final int STATE_CLOSED = -1;
    public static final int STATE_PENDING = 0;
    public static final int STATE_NORMAL = 10;
    public static final int ACCOUNT_PERSONAL = 10;
    public static final int ACCOUNT_ENTERPRISE = 20;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long organizationId;
    private Long merchantId;
    private Long userId;
    private String accountName;
    private Integer accountType;
    private Boolean isDefault;
    private Integer state;
    @Column(insertable = false, updatable = false)
    private BigDecimal balance;
    private Integer overdraftState;
    private BigDecimal overdraftQuota;
    private BigDecimal forewarnThreshold;
    private String forewarnContactIds;
    private String appcode;
    private String appName;
    private String properScenes;
    private Long mergedInto;
    private Integer lockedOverdraftState;
    private Boolean lowBelow;
    private Long tenantId;
    @Column(insertable = false, updatable = false)
    private Long version;
    private Long createBy;
    private LocalDateTime createTime;
    private LocalDateTime modifyTime;

    protected Wallet() {
    }

    /** A new non-default wallet of a customer (crm wallet/add). */
    public static Wallet open(Long organizationId, Long merchantId, Long userId, String accountName, String appcode,
                              String appName, List<String> scenes, Long createBy, LocalDateTime now) {
        Wallet w = new Wallet();
        w.organizationId = organizationId;
        w.merchantId = merchantId;
        w.userId = userId;
        w.accountName = accountName;
        w.accountType = ACCOUNT_ENTERPRISE;
        w.isDefault = false;
        w.state = STATE_NORMAL;
        w.overdraftState = WalletSnapshot.OVERDRAFT_PREPAID;
        w.overdraftQuota = BigDecimal.ZERO;
        w.appcode = appcode == null || appcode.isBlank() ? null : appcode;
        w.appName = appName;
        w.properScenes = scenes == null || scenes.isEmpty() ? null : String.join(",", scenes);
        w.lowBelow = false;
        w.tenantId = 1L;
        w.createBy = createBy;
        w.createTime = now;
        w.modifyTime = now;
        return w;
    }

    /**
     * Overdraft settings (crm add/edit). Refused when the balance already lies under the new limit (the database
     * check would refuse it too): a prepaid wallet may not be left below −quota.
     */
    public void configureOverdraft(Integer overdraftState, BigDecimal overdraftQuota, LocalDateTime now) {
        requireOpen();
        if (lockedOverdraftState != null && (overdraftState != null || overdraftQuota != null)) {
            throw WalletErrors.CUSTOMER_LOCKED.error();
        }
        int newState = overdraftState != null ? overdraftState : this.overdraftState;
        BigDecimal newQuota = overdraftQuota != null ? overdraftQuota : this.overdraftQuota;
        if (newState != 0 && newState != 10 && newState != 20) {
            throw new BizException(ErrorCode.VALIDATION_FAILED, "overdraftState: 只能是0、10或20");
        }
        if (newQuota.signum() < 0) {
            throw new BizException(ErrorCode.VALIDATION_FAILED, "overdraftQuota: 不能小于0");
        }
        if (balance != null && newState != WalletSnapshot.OVERDRAFT_MONTHLY) {
            BigDecimal floor = newState == WalletSnapshot.OVERDRAFT_ALLOWED ? newQuota.negate() : BigDecimal.ZERO;
            if (balance.compareTo(floor) < 0) {
                throw WalletErrors.OVERDRAFT_TOO_LOW.error();
            }
        }
        this.overdraftState = newState;
        this.overdraftQuota = newQuota;
        this.modifyTime = now;
    }

    /**
     * Low-balance settings. The alert is re-armed: the next change that leaves the balance under the new threshold
     * notifies (edge-triggered from here on).
     */
    public void configureForewarn(BigDecimal threshold, List<Long> contactIds, LocalDateTime now) {
        requireOpen();
        if (threshold != null) {
            this.forewarnThreshold = threshold;
            this.lowBelow = false;
        }
        if (contactIds != null) {
            this.forewarnContactIds = contactIds.isEmpty() ? null
                    : contactIds.stream().distinct().map(String::valueOf).collect(Collectors.joining(","));
        }
        this.modifyTime = now;
    }

    /** Merge: this wallet was emptied into {@code target}; it is closed for good. */
    public void closeInto(Wallet target, LocalDateTime now) {
        requireOpen();
        if (id.equals(target.id)) {
            throw WalletErrors.MERGE_SAME.error();
        }
        if (Boolean.TRUE.equals(isDefault)) {
            throw WalletErrors.MERGE_DEFAULT.error();
        }
        target.requireOpen();
        this.state = STATE_CLOSED;
        this.mergedInto = target.id;
        this.modifyTime = now;
    }

    public void requireOpen() {
        if (state != null && state == STATE_CLOSED) {
            throw WalletErrors.WALLET_CLOSED.error();
        }
    }

    public boolean isClosed() {
        return state != null && state == STATE_CLOSED;
    }

    public List<Long> contactIds() {
        return parseIds(forewarnContactIds);
    }

    public List<String> scenes() {
        return properScenes == null || properScenes.isBlank() ? List.of()
                : Arrays.stream(properScenes.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    public static List<Long> parseIds(String csv) {
        List<Long> ids = new ArrayList<>();
        if (csv != null) {
            for (String part : csv.split(",")) {
                if (!part.isBlank()) {
                    ids.add(Long.valueOf(part.trim()));
                }
            }
        }
        return ids;
    }

    public Long getId() { return id; }
    public Long getOrganizationId() { return organizationId; }
    public Long getMerchantId() { return merchantId; }
    public Long getUserId() { return userId; }
    public String getAccountName() { return accountName; }
    public Integer getAccountType() { return accountType; }
    public Boolean getIsDefault() { return isDefault; }
    public Integer getState() { return state; }
    public BigDecimal getBalance() { return balance; }
    public Integer getOverdraftState() { return overdraftState; }
    public BigDecimal getOverdraftQuota() { return overdraftQuota; }
    public BigDecimal getForewarnThreshold() { return forewarnThreshold; }
    public String getAppcode() { return appcode; }
    public String getAppName() { return appName; }
    public Long getMergedInto() { return mergedInto; }
    public Long getTenantId() { return tenantId; }
    public Long getVersion() { return version; }
}
