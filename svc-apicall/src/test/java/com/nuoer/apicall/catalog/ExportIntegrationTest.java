package com.nuoer.apicall.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.nuoer.apicall.ApicallIntegrationBase;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/** 4.1.2 sales product export: a readable .xlsx with exactly the filtered rows. */
class ExportIntegrationTest extends ApicallIntegrationBase {

    @Test
    void exportIsAnXlsxAttachmentWithTheListsFilteredRows() throws Exception {
        ResponseEntity<byte[]> r = sales().postBytes("/mt/sales/bee/checkItem/export",
                Map.of("checkType", 200, "state", 10, "keyword", "核验", "pageSize", 1));
        assertThat(r.getStatusCode().value()).isEqualTo(200);
        assertThat(r.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment;")
                .contains(".xlsx");
        List<List<String>> rows;
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(r.getBody()))) {
            Sheet sheet = wb.getFirstSheet();
            assertThat(sheet.getName()).isEqualTo("产品列表");
            try (var stream = sheet.openStream()) {
                rows = stream.map(ExportIntegrationTest::cells).collect(Collectors.toList());
            }
        }
        assertThat(rows.get(0)).startsWith("产品编码", "产品名称", "产品类型", "状态");
        List<String> codes = rows.subList(1, rows.size()).stream().map(row -> row.get(0)).toList();
        assertThat(codes).containsExactly("ID2_CHECK", "ID3_FACE", "MOBILE3_CHECK");
        List<String> id2 = rows.get(1);
        assertThat(id2.get(1)).isEqualTo("身份证二要素核验");
        assertThat(id2.get(2)).isEqualTo("核验");
        assertThat(id2.get(3)).isEqualTo("已上架");
        assertThat(new java.math.BigDecimal(id2.get(6))).isEqualByComparingTo("0.3");
        assertThat(id2.get(14)).isEqualTo("明文、MD5、SHA256");
    }

    @Test
    void badExportInputIsAJsonEnvelope() {
        String body = sales().postRaw("/mt/sales/bee/checkItem/export", Map.of("keyword", "x".repeat(100)));
        assertThat(body).contains("\"code\":40001");
    }

    private static List<String> cells(Row row) {
        return row.stream().map(c -> c == null ? "" : c.getText()).toList();
    }
}
