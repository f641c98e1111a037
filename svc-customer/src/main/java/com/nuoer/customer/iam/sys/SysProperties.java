package com.nuoer.customer.iam.sys;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code nuoer.sys.*}: crm system tools. {@code logStores}: the log stores ops may browse (queryLogStoreList), one
 * per service by default; {@code tempWhiteIpTtl}: how long addTempWhiteIps admits the caller's IP;
 * {@code tempPasswordTtl}: how long a genTempPasswd password may be used (once); {@code tempSessionTtl}: lifetime
 * of the isTemp session it opens.
 */
@ConfigurationProperties(prefix = "nuoer.sys")
public record SysProperties(List<LogStore> logStores,
                            @DefaultValue("PT4H") Duration tempWhiteIpTtl,
                            @DefaultValue("PT10M") Duration tempPasswordTtl,
                            @DefaultValue("PT30M") Duration tempSessionTtl) {

    public record LogStore(String name, String pageUrl) {
    }

    public SysProperties {
        logStores = logStores == null ? List.of() : List.copyOf(logStores);
    }
}
