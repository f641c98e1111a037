package com.nuoer.apicall.catalog.web;

import com.nuoer.apicall.catalog.CatalogCodes;
import com.nuoer.apicall.catalog.CheckItemState;
import com.nuoer.apicall.catalog.web.CheckItemDtos.CheckItemView;
import com.nuoer.common.config.JacksonConventions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** The product list as an .xlsx sheet (fastexcel): one header row, one row per product, readable labels. */
final class CheckItemExport {

    static final List<String> HEADERS = List.of("产品编码", "产品名称", "产品类型", "状态", "是否启用", "计费方式",
            "单价(元)", "销售底价(元)", "风险阈值", "启用缓存", "缓存天数", "聚合产品", "默认子项", "可在线申请",
            "支持的加密方式", "免费次数上限", "创建时间", "修改时间");

    private CheckItemExport() {
    }

    static byte[] write(List<CheckItemView> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(out, "nuoer-data", "1.0");
            Worksheet ws = wb.newWorksheet("产品列表");
            for (int c = 0; c < HEADERS.size(); c++) {
                ws.value(0, c, HEADERS.get(c));
                ws.style(0, c).bold().set();
            }
            int r = 1;
            for (CheckItemView v : rows) {
                int c = 0;
                ws.value(r, c++, v.checkItem());
                ws.value(r, c++, v.itemName());
                ws.value(r, c++, CatalogCodes.productTypeName(v.checkType()));
                ws.value(r, c++, CheckItemState.of(v.state()).label());
                ws.value(r, c++, Integer.valueOf(1).equals(v.isOpen()) ? "是" : "否");
                ws.value(r, c++, CatalogCodes.feeTypeName(v.feeType()));
                number(ws, r, c++, v.price());
                number(ws, r, c++, v.floorPrice());
                number(ws, r, c++, v.riskThreshold());
                ws.value(r, c++, Integer.valueOf(1).equals(v.cacheFlag()) ? "是" : "否");
                ws.value(r, c++, v.cacheTime());
                ws.value(r, c++, Boolean.TRUE.equals(v.isFusion()) ? "是" : "否");
                ws.value(r, c++, v.subItemList().stream().map(s -> s.itemName() + "(" + s.checkItem() + ")")
                        .collect(Collectors.joining("、")));
                ws.value(r, c++, Boolean.TRUE.equals(v.applicable()) ? "是" : "否");
                ws.value(r, c++, v.encryptableList().stream().map(CatalogCodes::encryptionName)
                        .collect(Collectors.joining("、")));
                ws.value(r, c++, v.maxFreeCount());
                ws.value(r, c++, v.createDate() == null ? "" : JacksonConventions.DATETIME.format(v.createDate()));
                ws.value(r, c, v.updateDate() == null ? "" : JacksonConventions.DATETIME.format(v.updateDate()));
                r++;
            }
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void number(Worksheet ws, int r, int c, BigDecimal value) {
        if (value != null) {
            ws.value(r, c, value);
        }
    }
}
