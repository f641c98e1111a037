package com.nuoer.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.cloud.gateway.handler.RoutePredicateHandlerMapping;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.http.HttpMethod;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;

/**
 * Applies the gateway's real route table (application.yml, through the gateway's own RoutePredicateHandlerMapping,
 * i.e. evaluated in route order, first match wins) to all 313 seed endpoints and checks each lands on the service
 * domain.md §1.1 assigns it to. No Redis is touched: the lookup stops at the handler mapping.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK,
        properties = "management.health.redis.enabled=false")
class RouteTableTest {

    /** domain.md §1.1: endpoints per service. */
    static final Map<String, Integer> EXPECTED_PER_SERVICE = Map.of(
            "svc-customer", 102, "svc-billing", 61, "svc-apicall", 55, "svc-sales", 51,
            "svc-contract", 26, "svc-wallet", 12, "svc-portal", 6);

    /** domain.md §1.3 in table order: route id → service. */
    static final List<String[]> ROUTE_TABLE = List.of(
            new String[] {"auth", "svc-customer"},
            new String[] {"customer-wallet", "svc-wallet"},
            new String[] {"crm-invoice-header", "svc-billing"},
            new String[] {"crm-customer-sales", "svc-sales"},
            new String[] {"sales-customer-sales", "svc-sales"},
            new String[] {"crm-staff-handover", "svc-sales"},
            new String[] {"crm-checkitem-customer", "svc-customer"},
            new String[] {"sales-deptitem", "svc-customer"},
            new String[] {"beeback-contacts", "svc-customer"},
            new String[] {"beeback-index-core", "svc-customer"},
            new String[] {"crm-index-backlog", "svc-customer"},
            new String[] {"crm-index-ranking", "svc-sales"},
            new String[] {"enum-list", "svc-portal"},
            new String[] {"portal", "svc-portal"},
            new String[] {"beeback-apicall", "svc-apicall"},
            new String[] {"beeback-customer", "svc-customer"},
            new String[] {"beeback-billing", "svc-billing"},
            new String[] {"beeback-wallet", "svc-wallet"},
            new String[] {"beeback-contract", "svc-contract"},
            new String[] {"crm-billing", "svc-billing"},
            new String[] {"crm-sales", "svc-sales"},
            new String[] {"crm-contract", "svc-contract"},
            new String[] {"crm-apicall", "svc-apicall"},
            new String[] {"crm-customer", "svc-customer"},
            new String[] {"sales-apicall", "svc-apicall"},
            new String[] {"sales-contract", "svc-contract"},
            new String[] {"sales-billing", "svc-billing"},
            new String[] {"sales-sales", "svc-sales"},
            new String[] {"sales-customer", "svc-customer"},
            // public paths outside /mt (no session): payment notifications, open API, e-sign callbacks/signing page,
            // signed file links
            new String[] {"open-pay", "svc-wallet"},
            new String[] {"open-api", "svc-apicall"},
            new String[] {"esign", "svc-contract"},
            new String[] {"files-billing", "svc-billing"},
            new String[] {"files-contract", "svc-contract"},
            new String[] {"files-apicall", "svc-apicall"},
            // ops feature outside the seed: the platform reconciliation (issue 15)
            new String[] {"crm-reconciliation", "svc-billing"});

    /** The routes of the services' OpenAPI documents (Swagger UI), outside /mt: not part of domain.md §1.3. */
    static final String API_DOCS_PREFIX = "api-docs-";

    static final Path SHARED_SPEC = Path.of(System.getProperty("nuoer.spec.endpoints",
            "/work/shared/spec/endpoints.json"));
    static final String SEED_COPY = "/seed-endpoints.json";
    static final ObjectMapper JSON = new ObjectMapper();

    static List<Endpoint> endpoints;

    @Autowired
    RoutePredicateHandlerMapping handlerMapping;

    @Autowired
    RouteLocator routeLocator;

    record Endpoint(String id, String method, String path) {
    }

    @BeforeAll
    static void loadEndpoints() throws IOException {
        List<Endpoint> copy = readCopy();
        if (Files.isRegularFile(SHARED_SPEC)) {
            endpoints = read(JSON.readTree(SHARED_SPEC.toFile()));
            // the committed copy must stay the seed's list, or CI would test something else
            assertThat(copy).as("src/test/resources" + SEED_COPY + " vs " + SHARED_SPEC).isEqualTo(endpoints);
        } else {
            endpoints = copy;
        }
        assertThat(endpoints).hasSize(313);
    }

    private static List<Endpoint> readCopy() throws IOException {
        try (InputStream in = RouteTableTest.class.getResourceAsStream(SEED_COPY)) {
            assertThat(in).as(SEED_COPY).isNotNull();
            return read(JSON.readTree(in));
        }
    }

    private static List<Endpoint> read(JsonNode array) {
        List<Endpoint> list = new ArrayList<>();
        array.forEach(node -> list.add(new Endpoint(node.get("id").asText(), node.get("method").asText(),
                node.get("path").asText())));
        return list;
    }

    /** The route the gateway picks for a request, as its RoutePredicateHandlerMapping does at runtime. */
    Route routeFor(String method, String path) {
        MockServerWebExchange exchange = MockServerWebExchange.from(
                MockServerHttpRequest.method(HttpMethod.valueOf(method), path.replaceAll("\\{[^/}]+}", "1")));
        handlerMapping.getHandler(exchange).block(Duration.ofSeconds(10));
        return exchange.getAttribute(GATEWAY_ROUTE_ATTR);
    }

    String serviceFor(String method, String path) {
        Route route = routeFor(method, path);
        return route == null ? null : route.getUri().getHost();
    }

    @Test
    void routeTableIsDomainTableInOrder() {
        List<Route> routes = routeLocator.getRoutes().collectList().block(Duration.ofSeconds(10)).stream()
                .filter(route -> !route.getId().startsWith(API_DOCS_PREFIX)).toList();
        assertThat(routes).hasSize(ROUTE_TABLE.size());
        for (int i = 0; i < routes.size(); i++) {
            Route route = routes.get(i);
            assertThat(route.getId()).isEqualTo(ROUTE_TABLE.get(i)[0]);
            assertThat(route.getOrder()).as(route.getId()).isEqualTo(i + 1);
            assertThat(route.getUri().getScheme()).as(route.getId()).isEqualTo("lb");
            assertThat(route.getUri().getHost()).as(route.getId()).isEqualTo(ROUTE_TABLE.get(i)[1]);
            assertThat(route.getFilters()).as(route.getId() + ": only the default filter, no StripPrefix")
                    .allSatisfy(filter -> assertThat(filter.toString()).doesNotContain("StripPrefix"));
        }
    }

    @Test
    void everySeedEndpointReachesItsOwningService() {
        Map<String, Integer> perService = new TreeMap<>();
        Map<String, String> unrouted = new LinkedHashMap<>();
        for (Endpoint endpoint : endpoints) {
            String service = serviceFor(endpoint.method(), endpoint.path());
            if (service == null) {
                unrouted.put(endpoint.id(), endpoint.method() + " " + endpoint.path());
            } else {
                perService.merge(service, 1, Integer::sum);
            }
        }
        System.out.println("RouteTableTest: endpoints per service = " + perService);
        assertThat(unrouted).as("endpoints no route matches").isEmpty();
        assertThat(perService).isEqualTo(new TreeMap<>(EXPECTED_PER_SERVICE));
        assertThat(perService.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(313);
    }

    @ParameterizedTest
    @CsvSource({
            "POST, /mt/crm/customer/wallet/list, svc-wallet",
            "POST, /mt/sales/customer/wallet/list, svc-wallet",
            "POST, /mt/crm/customer/invoiceHeader/list, svc-billing",
            "POST, /mt/crm/org/staff/handover, svc-sales",
            "POST, /mt/crm/org/staff/list, svc-customer",
            "POST, /mt/crm/checkItem/deptItem/list, svc-customer",
            "POST, /mt/crm/checkItem/queryOpenedDeptList, svc-customer",
            "POST, /mt/crm/checkItem/list, svc-apicall",
            "POST, /mt/crm/index/bee/customerRanking, svc-sales",
            "GET, /mt/crm/index/bee/backlog, svc-customer",
            "POST, /mt/crm/index/bee/coreStatistics, svc-apicall",
            "GET, /mt/beeback/forewarn/queryAllContacts, svc-customer",
            "POST, /mt/beeback/forewarn/addContacts, svc-customer",
            "POST, /mt/beeback/forewarn/itemList, svc-apicall",
            "GET, /mt/beeback/index/coreStatistics, svc-customer",
            "POST, /mt/beeback/index/apiStatistics, svc-apicall",
            "POST, /mt/crm/customer/deptItem/editSpreaderRoyalties, svc-sales",
            "POST, /mt/crm/customer/deptItem/list, svc-customer",
            "GET, /mt/crm/customer/assignHistories/9, svc-sales",
            "POST, /mt/sales/customer/deptItemStatisticsSum, svc-sales",
            "POST, /mt/sales/customer/list, svc-customer",
            "POST, /mt/sales/bee/deptItem/list, svc-customer",
            "POST, /mt/sales/bee/checkItem/list, svc-apicall",
            "POST, /mt/crm/base/enumList, svc-portal",
            "POST, /mt/sales/base/enumList, svc-portal",
            "GET, /mt/portal/apiDoc/categoryList, svc-portal",
            "POST, /mt/auth/login, svc-customer",
            "POST, /mt/auth/logout, svc-customer",
            "POST, /open/pay/sandbox/callback, svc-wallet",
            "POST, /open/v1/ID2_CHECK, svc-apicall",
            "POST, /open/payx, svc-apicall",
    })
    void exceptionsOfTheOwnershipTable(String method, String path, String service) {
        assertThat(serviceFor(method, path)).as(method + " " + path).isEqualTo(service);
    }

    @ParameterizedTest
    @CsvSource({
            "GET, /internal/customer/depts",
            "GET, /nope",
            "POST, /mt/unknown/x",
            "POST, /mt/crm/nothing/here",
            "POST, /mt/beeback/nothing",
            "GET, /actuator/gateway/routes",
    })
    void noRouteOutsideTheTable(String method, String path) {
        assertThat(routeFor(method, path)).as(method + " " + path).isNull();
    }

    @Test
    void everyServiceHasAnOpenApiRouteOutsideTheApi() {
        List<Route> docs = routeLocator.getRoutes().collectList().block(Duration.ofSeconds(10)).stream()
                .filter(route -> route.getId().startsWith(API_DOCS_PREFIX)).toList();
        assertThat(docs).extracting(route -> route.getUri().getHost())
                .containsExactlyInAnyOrderElementsOf(EXPECTED_PER_SERVICE.keySet());
        for (String service : EXPECTED_PER_SERVICE.keySet()) {
            assertThat(serviceFor("GET", "/api-docs/" + service)).isEqualTo(service);
        }
        assertThat(docs).allSatisfy(route -> assertThat(route.getOrder()).isGreaterThan(ROUTE_TABLE.size()));
    }
}
