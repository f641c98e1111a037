package com.nuoer.apicall.upstream;

/**
 * What a connector got: {@code found} = the upstream had data for the subject (drives 查得计费 feeType 20),
 * {@code result} = the answer JSON, {@code thirdSeqNo} = the upstream's own serial number.
 */
public record UpstreamAnswer(boolean found, String result, int resultCode, String resultMsg, String thirdSeqNo,
                             String phoneRegion) {
}
