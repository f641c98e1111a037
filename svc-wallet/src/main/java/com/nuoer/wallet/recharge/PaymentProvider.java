package com.nuoer.wallet.recharge;

import java.util.Set;

/**
 * A payment channel (WeChat, Alipay, ...): turns a pay order into what the payer's client needs (a pay URL / QR
 * info / JSAPI parameters). The provider later confirms the payment through its own callback endpoint, which
 * completes the order via {@link RechargeService#complete}.
 */
public interface PaymentProvider {

    /** The PayMethod names this provider serves. */
    Set<String> methods();

    PayData apply(PayOrder order, long expireSeconds);

    /** What 2.9.3 answers in applyPayResult.payData. */
    record PayData(String logo, long expireSeconds, String payUrl, String payInfo, WechatPayExtra wechatPayExtra) {
    }

    record WechatPayExtra(String appId, String timeStamp, String nonceStr, String packageValue, String signType,
                          String paySign) {
    }
}
