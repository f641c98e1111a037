package com.nuoer.sales.stat;

import static org.assertj.core.api.Assertions.assertThat;

import com.nuoer.sales.support.SalesIT;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** 4.5.17: the salesman's product statistics of a month as a streamed .xlsx, his own customers only. */
class DeptItemStatExportIntegrationTest extends SalesIT {

    @Test
    void exportsTheSalesmansRowsAsXlsx() throws Exception {
        HttpHeaders h = new HttpHeaders();
        signer.headersFor(json.writeValueAsString(Map.of("loginId", "x", "stoken", "y", "appcode", "sales",
                "loginAppCode", "sales", "userId", 2, "salesmanId", 2, "isAppManage", false)),
                System.currentTimeMillis()).forEach(h::set);
        h.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<byte[]> r = http.exchange("/mt/sales/customer/deptItemStatisticsExport", HttpMethod.POST,
                new HttpEntity<>(Map.of("matchMonth", "2026-11"), h), byte[].class);
        assertThat(r.getStatusCode().value()).isEqualTo(200);
        assertThat(r.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).contains("attachment");
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(r.getBody()))) {
            List<Row> rows = wb.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(0)).isEqualTo("客户名称");
            List<String> customers = rows.stream().skip(1).map(row -> row.getCellText(0)).collect(Collectors.toList());
            assertThat(customers).contains("杭州演示科技有限公司", "杭州星宇数据服务有限公司")
                    .doesNotContain("上海云帆金融信息服务有限公司");
        }
    }

    @Test
    void crmExportServesTheFileToDownloadsAndTheRowCountToJsonClients() throws Exception {
        HttpHeaders h = new HttpHeaders();
        signer.headersFor(json.writeValueAsString(Map.of("loginId", "x", "stoken", "y", "appcode", "crm",
                "loginAppCode", "crm", "userId", 1, "roles", List.of("ops"), "menus", List.of("crm:sales"))),
                System.currentTimeMillis()).forEach(h::set);
        h.setContentType(MediaType.APPLICATION_JSON);
        h.setAccept(List.of(MediaType.ALL));
        Map<String, Object> body = Map.of("salesmanId", 2, "matchMonth", "2026-11");
        ResponseEntity<byte[]> file = http.exchange("/mt/crm/sales/salesman/deptItemStatisticsExport", HttpMethod.POST,
                new HttpEntity<>(body, h), byte[].class);
        assertThat(file.getStatusCode().value()).isEqualTo(200);
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(file.getBody()))) {
            assertThat(wb.getFirstSheet().read()).hasSizeGreaterThan(1);
        }
        h.setAccept(List.of(MediaType.APPLICATION_JSON));
        ResponseEntity<String> envelope = http.exchange("/mt/crm/sales/salesman/deptItemStatisticsExport",
                HttpMethod.POST, new HttpEntity<>(body, h), String.class);
        assertThat(json.readTree(envelope.getBody()).get("data").get("rowCount").asLong()).isPositive();
    }
}
