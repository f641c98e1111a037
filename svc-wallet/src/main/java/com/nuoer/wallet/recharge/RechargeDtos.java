package com.nuoer.wallet.recharge;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** 2.9.3 request/answer and the sandbox callback, with the seed's JSON names. */
public final class RechargeDtos {

    private RechargeDtos() {
    }

    public record ApplyRechargeRequest(
            Long walletId,
            @NotNull @DecimalMin(value = "0.01", message = "充值金额必须大于0") @DecimalMax("1000000")
            @Digits(integer = 16, fraction = 2) BigDecimal rechargeAmount,
            @Pattern(regexp = "^(WALLET|WECHAT|ALIPAY|OFFLINE)?$", message = "只能是WECHAT、ALIPAY或OFFLINE") String payMethod,
            @Size(max = 128) String payerOpenid,
            @Pattern(regexp = "^(mini|wechatMp|pc|app|h5)?$", message = "只能是mini、wechatMp、pc、app或h5") String applyAppType) {
    }

    public record PayOrderView(String payNo, String payType, String payMethod, String businessType, String businessNo,
                               Integer state, String feeName, BigDecimal originAmount, BigDecimal amount,
                               ApplyPayResult applyPayResult, ExtraData extraData) {
    }

    public record ApplyPayResult(Boolean isPaid, String logo, PayDataView payData, Long payAccountId,
                                 String walletFlowNo) {
    }

    public record PayDataView(String logo, Long expireSeconds, String payUrl, String payInfo,
                              WechatPayExtraView wechatPayExtra) {
    }

    public record WechatPayExtraView(String appId, String timeStamp, String nonceStr,
                                     @JsonProperty("package") String packageValue, String signType, String paySign) {
    }

    public record ExtraData(BigDecimal giveQuota, Boolean onlyNewGive) {
    }

    /** Our addition: the sandbox provider's payment notification. */
    public record SandboxCallback(@NotBlank @Size(max = 40) String payNo,
                                  @NotNull @Digits(integer = 16, fraction = 2) BigDecimal amount,
                                  @NotBlank @Size(max = 80) String tradeNo,
                                  @NotBlank @Size(max = 128) String sign) {
    }

    public record CallbackResult(String payNo, Integer state, String walletFlowNo, BigDecimal balance) {
    }
}
