package com.nuoer.apicall.call;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;

/**
 * The data of an open API answer: the call's seqNo (and the client's tradeNo), whether it was answered
 * ({@code success}), data found ({@code found}), the upstream code/message, the result, whether it came from the
 * cache, whether and how much it was charged, and the time it took (ms).
 */
public record OpenAnswer(String seqNo, String tradeNo, String checkItem, int success, boolean found, Integer resultCode,
                         String resultMsg, JsonNode result, int cacheFlag, int isFee, BigDecimal fee, int time) {
}
