package com.nuoer.customer.entitlement.web;

import com.nuoer.common.config.JacksonConventions;
import com.nuoer.customer.entitlement.DeptItemView;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** The deptItem list as a streamed .xlsx (fastexcel): one header row, one row per authorised product. */
final class DeptItemExport {

    static final int ROW_CAP = 50_000;
    static final List<String> HEADERS = List.of("授权记录ID", "机构ID", "机构名称", "产品编码", "产品名称", "状态",
            "是否启用", "单价(元)", "客户价格(元)", "计费方式", "计费类型", "免费次数", "取缓存天数", "开通版本", "是否隐藏",
            "合同状态", "申请时间", "审核时间", "修改时间");

    private DeptItemExport() {
    }

    static void stream(HttpServletResponse response, String name, List<DeptItemView> rows) {
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                + URLEncoder.encode(name + ".xlsx", StandardCharsets.UTF_8).replace("+", "%20"));
        try (OutputStream out = response.getOutputStream()) {
            Workbook wb = new Workbook(out, "nuoer-data", "1.0");
            Worksheet ws = wb.newWorksheet("授权产品");
            for (int c = 0; c < HEADERS.size(); c++) {
                ws.value(0, c, HEADERS.get(c));
                ws.style(0, c).bold().set();
            }
            int r = 1;
            for (DeptItemView v : rows) {
                int c = 0;
                ws.value(r, c++, v.id());
                ws.value(r, c++, v.deptId());
                ws.value(r, c++, v.deptName());
                ws.value(r, c++, v.checkItem());
                ws.value(r, c++, v.itemName());
                ws.value(r, c++, stateName(v.state()));
                ws.value(r, c++, Integer.valueOf(1).equals(v.isOpen()) ? "是" : "否");
                if (v.price() != null) {
                    ws.value(r, c, v.price());
                }
                c++;
                if (v.fee() != null) {
                    ws.value(r, c, v.fee());
                }
                c++;
                ws.value(r, c++, Integer.valueOf(20).equals(v.feeType()) ? "查得计费" : "查询计费");
                ws.value(r, c++, v.chargeType() == null ? "" : v.chargeType() == 10 ? "按实际子项计费" : "一口价");
                ws.value(r, c++, v.freeCount());
                ws.value(r, c++, v.cacheFetchDays());
                ws.value(r, c++, v.usedVersion());
                ws.value(r, c++, Boolean.TRUE.equals(v.isHidden()) ? "是" : "否");
                ws.value(r, c++, contractName(v.contractState()));
                ws.value(r, c++, time(v.createDate()));
                ws.value(r, c++, time(v.auditTime()));
                ws.value(r, c, time(v.updateDate()));
                r++;
                if (r % 1000 == 0) {
                    ws.flush();
                }
            }
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String time(LocalDateTime t) {
        return t == null ? "" : JacksonConventions.DATETIME.format(t);
    }

    static String stateName(Integer state) {
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

    static String contractName(Integer state) {
        if (state == null || state == 0) {
            return "未签署";
        }
        return switch (state) {
            case 50 -> "待签署";
            case 80 -> "已线下签署";
            case 100 -> "已签署";
            case -10 -> "已拒签";
            case -1 -> "已取消";
            default -> String.valueOf(state);
        };
    }
}
