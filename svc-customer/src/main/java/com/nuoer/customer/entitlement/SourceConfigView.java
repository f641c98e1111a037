package com.nuoer.customer.entitlement;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDateTime;

/** The seed's designated data source of a customer's product (sourceConfigList). */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record SourceConfigView(Long id, LocalDateTime createDate, LocalDateTime updateDate, Long deptId,
                               String deptName, String checkItem, String checkItemName, Long sourceId,
                               Integer dataSourceId, String dataSourceName, String dataSourceCode, Integer priority) {
}
