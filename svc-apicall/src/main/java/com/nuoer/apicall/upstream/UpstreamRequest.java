package com.nuoer.apicall.upstream;

/** The query subject sent upstream (as the customer sent it, possibly MD5/SHA256/SM3 hashed). */
public record UpstreamRequest(String seqNo, String checkItem, String name, String idCard, String mobile,
                              int encryptionType, String scene) {
}
