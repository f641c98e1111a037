package com.nuoer.common.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SeedOperationDocsTest {

    private final SeedOperationDocs docs = new SeedOperationDocs(Map.of(
            "GET /mt/crm/bill/selectReceivers/{}", new SeedOperationDocs.SeedOperation("3.3.10", "选择收件人", "查询账单收件人"),
            "POST /mt/crm/bill/list", new SeedOperationDocs.SeedOperation("3.3.1", "账单列表", null)));

    @Test
    void seedTitlesFillOperationsWhateverThePathVariableIsCalled() {
        Operation receivers = new Operation();
        Operation list = new Operation();
        Operation other = new Operation();
        OpenAPI api = new OpenAPI().paths(new Paths()
                .addPathItem("/mt/crm/bill/selectReceivers/{deptId}", new PathItem().get(receivers))
                .addPathItem("/mt/crm/bill/list", new PathItem().post(list))
                .addPathItem("/mt/auth/login", new PathItem().post(other)));

        docs.customise(api);

        assertThat(receivers.getSummary()).isEqualTo("选择收件人");
        assertThat(receivers.getDescription()).isEqualTo("查询账单收件人（接口文档 3.3.10）");
        assertThat(receivers.getExtensions()).containsEntry("x-seed-id", "3.3.10");
        assertThat(list.getDescription()).isEqualTo("账单列表（接口文档 3.3.1）");
        assertThat(other.getSummary()).isNull();
    }

    @Test
    void anOperationDocumentedInTheCodeKeepsItsOwnText() {
        Operation list = new Operation().summary("对账单列表").description("自定义说明");
        docs.customise(new OpenAPI().paths(new Paths().addPathItem("/mt/crm/bill/list", new PathItem().post(list))));
        assertThat(list.getSummary()).isEqualTo("对账单列表");
        assertThat(list.getDescription()).isEqualTo("自定义说明");
    }
}
