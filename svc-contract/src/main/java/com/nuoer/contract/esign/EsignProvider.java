package com.nuoer.contract.esign;

import java.time.LocalDateTime;

/**
 * An e-sign vendor behind one interface. The active one is chosen by {@code nuoer.contract.esign.provider}
 * (default {@code sandbox}, built in); a real vendor is another bean implementing this with its own {@link #code()}.
 * The vendor reports the outcome by calling {@code POST /esign/callback/{code}} with an HMAC-signed
 * {@link EsignCallback} (see {@link CallbackSignature}).
 */
public interface EsignProvider {

    /** What the provider needs to start a signing flow. */
    record SigningRequest(String contractNo, String contractName, String signerMobile, String signerName,
                          String signerIdCard, String documentKey, LocalDateTime signEndTime) {
    }

    /** A started flow: the provider's id and the signer's link (a path of this service or an absolute URL). */
    record SigningFlow(String flowId, String signUrl) {
    }

    String code();

    SigningFlow start(SigningRequest request);

    /** Stops a flow that is withdrawn (best effort: a callback arriving later is ignored). */
    void cancel(String flowId);
}
