package com.nuoer.gateway.filter;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PathGateFilterTest {

    @ParameterizedTest
    @ValueSource(strings = {"/mt/portal/../internal/x", "/mt/portal/./x", "/mt/portal/%2e%2e/x", "/mt/portal/%2E./x",
            "/mt/portal/a%2fb", "/mt/portal/a%5Cb", "/mt/portal/a\\b", "/mt/portal/..;/x", "/mt/portal//x",
            "/mt/portal/x%00"})
    void ambiguousPathsAreRefused(String path) {
        assertThat(PathGateFilter.isAmbiguous(path)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/mt/portal/apiDoc/categoryList", "/mt/crm/bill/selectReceivers/12",
            "/mt/beeback/forewarn/queryAllContacts", "/mt/crm/a.b/c", "/mt/crm/x..y", "/mt/crm/list%20x"})
    void ordinaryPathsPass(String path) {
        assertThat(PathGateFilter.isAmbiguous(path)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/swagger-ui.html", "/swagger-ui/index.html", "/webjars/swagger-ui/index.html",
            "/v3/api-docs/swagger-config", "/api-docs/svc-portal"})
    void theSwaggerUiAndTheServicesDocumentsArePublic(String path) {
        assertThat(PathGateFilter.isDocumentation(path)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/internal/customer/depts", "/swagger", "/api-docs", "/v2/api-docs", "/webjars/other.js"})
    void otherPathsAreNotDocumentation(String path) {
        assertThat(PathGateFilter.isDocumentation(path)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/open/v1/ID2_CHECK", "/esign/callback/sandbox", "/files/billing/abc"})
    void theOpenApiEsignCallbacksAndSignedFilesArePublic(String path) {
        assertThat(PathGateFilter.isPublic(path)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/internal/apicall/x", "/openx", "/file/x", "/mt/open/v1/x"})
    void otherPathsAreNotPublic(String path) {
        assertThat(PathGateFilter.isPublic(path)).isFalse();
    }
}
