package com.nuoer.apicall.record;

import com.nuoer.apicall.record.RecordDtos.RecordListRequest;
import com.nuoer.apicall.record.RecordDtos.RecordView;
import com.nuoer.common.config.JacksonConventions;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.http.HttpHeaders;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;

/**
 * recordExport (2.2.2, 3.13.5): the list's filters, every page, streamed as .xlsx (fastexcel writes row by row to
 * the response on the request thread; the rows are read in keyset chunks), at most 100 000 rows. Validation happens before the first byte.
 */
@Component
public class RecordExport {

    static final List<String> HEADERS = List.of("流水号", "交易单号", "客户名称", "appId", "产品编码", "产品名称", "姓名",
            "身份证", "手机号", "加密类型", "是否成功", "返回码", "返回信息", "是否缓存", "是否计费", "费用(元)", "数据源",
            "耗时(ms)", "请求IP", "标识", "调用时间");

    private final RecordQueries queries;
    private final Clock clock;

    public RecordExport(RecordQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    public void export(RecordListRequest q, RecordScope scope, HttpServletResponse response) throws IOException {
        // fail fast on bad filters (envelope answer) before streaming starts
        queries.list(new RecordListRequest(1, 1, false, true, q.keyword(), q.idCard(), q.deptIdList(),
                q.createDateGte(), q.createDateLte(), q.itemCodeList(), q.isFee(), q.success(), q.cacheFlag(), null),
                scope, false);
        String file = "调用记录_" + DateTimeFormatter.ofPattern("yyyyMMddHHmmss").format(LocalDateTime.now(clock)) + ".xlsx";
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename*=UTF-8''"
                + URLEncoder.encode(file, StandardCharsets.UTF_8).replace("+", "%20"));
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        // written on the request thread (the session and the scope stay with it), row by row to the response
        write(q, scope, response.getOutputStream());
        response.flushBuffer();
    }

    void write(RecordListRequest q, RecordScope scope, OutputStream out) throws IOException {
        Workbook wb = new Workbook(out, "nuoer-data", "1.0");
        Worksheet ws = wb.newWorksheet("调用记录");
        for (int c = 0; c < HEADERS.size(); c++) {
            ws.value(0, c, HEADERS.get(c));
            ws.style(0, c).bold().set();
        }
        int[] row = {1};
        try {
            queries.forEach(q, scope, v -> {
                writeRow(ws, row[0]++, v);
                if (row[0] % 2000 == 0) {
                    try {
                        ws.flush();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        wb.finish();
    }

    private static void writeRow(Worksheet ws, int r, RecordView v) {
        int c = 0;
        ws.value(r, c++, v.seqNo());
        ws.value(r, c++, v.tradeNo());
        ws.value(r, c++, v.deptName());
        ws.value(r, c++, v.appId());
        ws.value(r, c++, v.checkItem());
        ws.value(r, c++, v.checkItemName());
        ws.value(r, c++, v.name());
        ws.value(r, c++, v.idCard());
        ws.value(r, c++, v.mobile());
        ws.value(r, c++, switch (v.encryptionType()) {
            case "2" -> "MD5";
            case "3" -> "SHA256";
            case "4" -> "SM3";
            default -> "明文";
        });
        ws.value(r, c++, Integer.valueOf(1).equals(v.success()) ? "成功" : "失败");
        ws.value(r, c++, v.resultCode());
        ws.value(r, c++, v.resultMsg());
        ws.value(r, c++, Integer.valueOf(1).equals(v.cacheFlag()) ? "是" : "否");
        ws.value(r, c++, v.isFeeDesc());
        ws.value(r, c++, v.fee());
        ws.value(r, c++, v.finalSource());
        ws.value(r, c++, v.time());
        ws.value(r, c++, v.requestIp());
        ws.value(r, c++, v.tag());
        ws.value(r, c, v.createDate() == null ? "" : JacksonConventions.DATETIME.format(v.createDate()));
    }
}
