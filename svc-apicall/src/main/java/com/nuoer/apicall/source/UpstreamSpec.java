package com.nuoer.apicall.source;

import java.math.BigDecimal;

/**
 * The writable attributes of an upstream configuration (plain credentials as the operator typed them). Null = not
 * given (keep on edit); a credential sent back in its masked form also means "keep".
 */
public record UpstreamSpec(Integer priority, String service, String reqKey, String reqSecret, String reqUrl,
                           BigDecimal cost, String costDetail, String extra) {
}
