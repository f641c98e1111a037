package com.nuoer.apicall.call;

/**
 * Body of {@code POST /open/v1/{checkItem}}: the query subject (as plain text or hashed per {@code encryptionType}
 * 1 明文, 2 MD5, 3 SHA256, 4 SM3), an optional client {@code tradeNo} (idempotency key), scene, tag and extend.
 */
public record OpenCallBody(String name, String idCard, String mobile, Integer encryptionType, String tradeNo,
                           String scene, String tag, String extend) {

    public int encryption() {
        return encryptionType == null ? 1 : encryptionType;
    }
}
