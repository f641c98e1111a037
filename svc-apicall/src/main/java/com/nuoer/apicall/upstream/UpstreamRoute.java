package com.nuoer.apicall.upstream;

import java.math.BigDecimal;

/** One upstream configuration as the router uses it (credentials decrypted lazily by the connector). */
public record UpstreamRoute(Long id, String checkItem, Long dataSourceId, String dataSourceCode, String dataSourceName,
                            int priority, String service, String reqKeyEnc, String reqSecretEnc, String reqUrl,
                            BigDecimal cost, String extra) {
}
