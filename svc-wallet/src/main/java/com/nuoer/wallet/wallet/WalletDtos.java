package com.nuoer.wallet.wallet;

import com.nuoer.common.paging.PageParams;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/** Request and answer records of the wallet endpoints, with the seed's JSON names. */
public final class WalletDtos {

    private WalletDtos() {
    }

    static final String DATETIME = "^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}$";

    // ------------------------------------------------------------------ answers

    /** 2.9.1 / 3.7.19 / 4.5.6 element. */
    public record WalletView(Long id, Long userId, String accountName, Integer accountType, Boolean isDefault,
                             Integer state, BigDecimal balance, Integer overdraftState, BigDecimal overdraftQuota,
                             BigDecimal forewarnThreshold, List<ContactView> forewarnContactList,
                             List<PayRoute> payRouteList, Long tenantId) {
    }

    public record ContactView(Long id, String linkman, String mobile, String email, String webhook,
                              Boolean isDefault) {
    }

    public record PayRoute(String appcode, String appName, List<String> properSceneList) {
    }

    /** 2.9.2 / 3.7.20 element. */
    public record FlowView(Long id, Long createBy, LocalDateTime createTime, LocalDateTime modifyTime, Long walletId,
                           String flowNo, String flowType, String bizType, String payMethod, String businessNo,
                           String feeName, BigDecimal flowAmount, BigDecimal afterBalance, Long tenantId,
                           String appcode) {
    }

    /** 2.9.4 answer. */
    public record WalletWarnView(Long walletId, BigDecimal balance, Integer overdraftState, BigDecimal overdraftQuota,
                                 BigDecimal forewarnThreshold, List<ContactView> forewarnContactList) {
    }

    /** crm recharge preview (data of the 40910 answer) and result. */
    public record RechargePreview(Long walletId, String accountName, BigDecimal balance, BigDecimal rechargeAmount,
                                  BigDecimal afterBalance, String requestId, Boolean confirmed, String flowNo) {
    }

    /** 3.7.21 answer (our addition: the new wallet's id). */
    public record WalletCreated(Long walletId) {
    }

    /** 3.7.23 answer (our addition). */
    public record MergeResult(Long fromWalletId, Long toWalletId, BigDecimal transferredAmount,
                              BigDecimal toBalance) {
    }

    // ------------------------------------------------------------------ requests

    /** 2.9.2 / 3.7.20. */
    public record FlowListRequest(
            Integer pageNo, Integer pageSize, Boolean nonPage, Boolean largePage,
            @NotNull Long assignWalletId,
            @Pattern(regexp = "^(in|out)?$", message = "只能是in或out") String flowType,
            List<@Pattern(regexp = "^(pay|bizPay|recharge|refund|transfer)$", message = "只能是bizPay、pay、recharge、refund或transfer") String> bizTypeList,
            @Pattern(regexp = DATETIME, message = "格式为yyyy-MM-dd HH:mm:ss") String createTimeGte,
            @Pattern(regexp = DATETIME, message = "格式为yyyy-MM-dd HH:mm:ss") String createTimeLte) implements PageParams {
    }

    /** 2.9.4. */
    public record QueryWalletRequest(Long walletId) {
    }

    /** 2.9.5. */
    public record ConfigWalletRequest(
            @NotNull Long walletId,
            @NotNull @DecimalMin(value = "0", message = "预警阈值不能低于0")
            @DecimalMax(value = "100000", message = "预警阈值不能高于100000") @Digits(integer = 16, fraction = 2)
            BigDecimal forewarnThreshold,
            @NotNull @Size(max = 20) List<@NotNull Long> forewarnContactList) {
    }

    /** 3.7.19 / 4.5.6. */
    public record MerchantRequest(@NotNull Long merchantId) {
    }

    /** 3.7.21. */
    public record AddWalletRequest(
            @NotNull Long merchantId,
            @Size(max = 64) @Pattern(regexp = "^[A-Za-z0-9_\\-]*$", message = "只能包含字母、数字、_和-") String appcode,
            @Size(max = 20) List<@NotNull @Size(max = 64) String> properSceneList,
            Integer overdraftState,
            @DecimalMin("0") @DecimalMax("100000000") @Digits(integer = 16, fraction = 2) BigDecimal overdraftQuota,
            @DecimalMin("0") @DecimalMax("100000") @Digits(integer = 16, fraction = 2) BigDecimal forewarnThreshold,
            @Size(max = 20) List<@NotNull Long> forewarnContactList) {
    }

    /** 3.7.22. */
    public record EditWalletRequest(
            @NotNull Long walletId,
            Integer overdraftState,
            @DecimalMin("0") @DecimalMax("100000000") @Digits(integer = 16, fraction = 2) BigDecimal overdraftQuota,
            @DecimalMin("0") @DecimalMax("100000") @Digits(integer = 16, fraction = 2) BigDecimal forewarnThreshold,
            @Size(max = 20) List<@NotNull Long> forewarnContactList) {
    }

    /** 3.7.23. */
    public record MergeRequest(@NotNull Long merchantId, @NotNull Long fromWalletId, @NotNull Long toWalletId) {
    }

    /**
     * 3.7.24. {@code requestId} (our addition, optional) is the idempotency key of the confirmed recharge: the
     * preview answer hands one out, and a repeated confirmation with it (double click, retry) credits once.
     */
    public record CrmRechargeRequest(
            @NotNull Long merchantId,
            @NotNull Long walletId,
            @NotNull @DecimalMin(value = "0.01", message = "充值金额必须大于0") @DecimalMax("100000000")
            @Digits(integer = 16, fraction = 2) BigDecimal rechargeAmount,
            Boolean sendSms,
            Boolean confirmed,
            @Size(max = 64) @Pattern(regexp = "^[A-Za-z0-9_\\-]*$") String requestId) {
    }

    /** internal summary for svc-customer's dashboard. */
    public record WalletSummary(BigDecimal balance, BigDecimal overdueAmount, BigDecimal overdraftQuota) {
    }

}
