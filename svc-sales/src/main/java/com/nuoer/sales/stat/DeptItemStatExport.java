package com.nuoer.sales.stat;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/** Streams the deptItem statistics of a salesman and month as an .xlsx attachment (fastexcel). */
@Component
public class DeptItemStatExport {

    static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    static final List<String> HEADERS = List.of("客户名称", "开发账户id", "产品编码", "产品名称", "状态", "计费方式",
            "单价(元)", "免费次数", "销售金额(元)", "计费笔数", "预计提成(元)");

    private final StatQueryService queries;

    public DeptItemStatExport(StatQueryService queries) {
        this.queries = queries;
    }

    /**
     * Writes the workbook straight to the servlet response while the rows are read (synchronously: an async
     * dispatch would run the menu check again without the caller's identity). Checks run before the first byte,
     * so a refusal is still the JSON envelope.
     */
    public void export(HttpServletResponse response, long salesmanId, String keyword, Long customerId,
                       String matchMonth) throws IOException {
        Period.month(matchMonth);
        String name = "销售客户产品统计_" + matchMonth + ".xlsx";
        response.setContentType(XLSX.toString());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString());
        write(response.getOutputStream(), salesmanId, keyword, customerId, matchMonth);
        response.flushBuffer();
    }

    private void write(OutputStream out, long salesmanId, String keyword, Long customerId, String matchMonth)
            throws IOException {
        Workbook wb = new Workbook(out, "nuoer-data", "1.0");
        Worksheet ws = wb.newWorksheet("销售客户产品统计");
        for (int c = 0; c < HEADERS.size(); c++) {
            ws.value(0, c, HEADERS.get(c));
            ws.style(0, c).bold().set();
        }
        int[] r = {1};
        queries.forEachDeptItem(salesmanId, keyword, customerId, matchMonth, row -> {
            int c = 0;
            ws.value(r[0], c++, (String) row.get("deptName"));
            ws.value(r[0], c++, (Long) row.get("deptId"));
            ws.value(r[0], c++, (String) row.get("checkItem"));
            ws.value(r[0], c++, (String) row.get("itemName"));
            ws.value(r[0], c++, stateName((Integer) row.get("state")));
            ws.value(r[0], c++, Integer.valueOf(20).equals(row.get("feeType")) ? "查得计费" : "查询计费");
            number(ws, r[0], c++, (BigDecimal) row.get("fee"));
            ws.value(r[0], c++, (Integer) row.get("freeCount"));
            number(ws, r[0], c++, (BigDecimal) row.get("salesAmount"));
            ws.value(r[0], c++, (Long) row.get("chargeCalls"));
            number(ws, r[0], c, (BigDecimal) row.get("royaltyAmount"));
            r[0]++;
            if (r[0] % 500 == 0) {
                try {
                    ws.flush();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        });
        wb.finish();
    }

    private static String stateName(Integer state) {
        if (state == null) {
            return "";
        }
        return switch (state) {
            case 0 -> "待审核";
            case 10 -> "已开通";
            case -1 -> "已禁用";
            case -10 -> "已驳回";
            default -> String.valueOf(state);
        };
    }

    private static void number(Worksheet ws, int r, int c, BigDecimal value) {
        if (value != null) {
            ws.value(r, c, value);
        }
    }
}
