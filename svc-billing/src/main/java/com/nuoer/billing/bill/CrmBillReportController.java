package com.nuoer.billing.bill;

import com.nuoer.billing.bill.BillDtos.BeeBillQuery;
import com.nuoer.billing.bill.BillDtos.UpstreamQuery;
import com.nuoer.billing.bill.BillDtos.UpstreamStatistics;
import com.nuoer.billing.statement.StatementDtos.BillDetailView;
import com.nuoer.billing.statement.web.XlsxResponse;
import com.nuoer.common.paging.PageResult;
import com.nuoer.common.session.MenuCodes;
import com.nuoer.common.session.RequiresMenu;
import com.nuoer.common.web.ApiResponse;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** crm product and upstream bills: {@code /mt/crm/bill/beeBill/list}, {@code /mt/crm/bill/upstream/*}. */
@RestController
@RequestMapping("/mt/crm/bill")
@RequiresMenu(MenuCodes.CRM_BILL)
public class CrmBillReportController {

    private final BillQueries queries;

    public CrmBillReportController(BillQueries queries) {
        this.queries = queries;
    }

    @PostMapping("/beeBill/list")
    public ApiResponse<PageResult<BillDetailView>> beeBills(@Valid @RequestBody BeeBillQuery q) {
        return ApiResponse.ok(queries.beeBills(q));
    }

    @PostMapping("/upstream/statistics")
    public ApiResponse<UpstreamStatistics> upstreamStatistics(@Valid @RequestBody UpstreamQuery q) {
        return ApiResponse.ok(queries.upstreamStatistics(q));
    }

    @PostMapping("/upstream/list")
    public ApiResponse<PageResult<BillDetailView>> upstreamList(@Valid @RequestBody UpstreamQuery q) {
        return ApiResponse.ok(queries.upstreamBills(q));
    }

    @PostMapping("/upstream/export")
    public void upstreamExport(@Valid @RequestBody UpstreamQuery q, HttpServletResponse response) throws IOException {
        List<BillDetailView> rows = queries.allUpstreamBills(q);
        XlsxResponse.prepare(response, "上游账单.xlsx");
        Workbook wb = new Workbook(response.getOutputStream(), "nuoer-data", "1.0");
        Worksheet ws = wb.newWorksheet("上游账单");
        String[] headers = {"账单日期", "账单类型", "机构id", "机构名称", "产品编码", "产品名称", "数据源id", "数据源", "数据源代号",
                "数据源配置id", "调用笔数", "计费次数", "单价(元)", "总成本(元)"};
        for (int c = 0; c < headers.length; c++) {
            ws.value(0, c, headers[c]);
            ws.style(0, c).bold().set();
        }
        int r = 0;
        for (BillDetailView b : rows) {
            r++;
            int c = 0;
            ws.value(r, c++, b.billDate());
            ws.value(r, c++, "source_daily".equals(b.billType()) ? "按日" : "按月");
            ws.value(r, c++, b.deptId());
            ws.value(r, c++, b.deptName());
            ws.value(r, c++, b.checkItem());
            ws.value(r, c++, b.checkItemName());
            ws.value(r, c++, b.dataSourceId());
            ws.value(r, c++, b.dataSource());
            ws.value(r, c++, b.dataSourceCode());
            ws.value(r, c++, b.checkConfigId());
            ws.value(r, c++, b.count());
            ws.value(r, c++, b.chargeCount());
            num(ws, r, c++, b.price());
            num(ws, r, c, b.totalCost());
        }
        wb.finish();
    }

    private static void num(Worksheet ws, int r, int c, BigDecimal v) {
        if (v != null) {
            ws.value(r, c, v);
        }
    }

}
