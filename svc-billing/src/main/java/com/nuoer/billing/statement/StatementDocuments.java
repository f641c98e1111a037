package com.nuoer.billing.statement;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import com.nuoer.billing.statement.StatementDtos.BillDetailView;
import com.nuoer.billing.statement.StatementDtos.StatementView;
import com.nuoer.common.config.JacksonConventions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Renders a statement as PDF (OpenPDF) and xlsx (fastexcel), and statement lists as xlsx exports.
 *
 * <p>PDF fonts: Chinese needs a CJK font. When {@code nuoer.billing.pdf.cjk-font} points to a TrueType font
 * (.ttf/.ttc,0) that exists, the PDF uses it with Chinese labels; otherwise (no CJK font on the machine, and none is
 * bundled) it uses the built-in Helvetica with English labels, and non-Latin text (company and product names) is
 * replaced by its code (appId, product code). The xlsx always carries the Chinese names.
 */
@Component
public class StatementDocuments {

    private static final Logger log = LoggerFactory.getLogger(StatementDocuments.class);

    private final BaseFont cjk;

    public StatementDocuments(@Value("${nuoer.billing.pdf.cjk-font:}") String cjkFont) {
        BaseFont font = null;
        if (cjkFont != null && !cjkFont.isBlank() && Files.isRegularFile(Path.of(cjkFont.replaceAll(",\\d+$", "")))) {
            try {
                font = BaseFont.createFont(cjkFont, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            } catch (DocumentException | IOException e) {
                log.warn("CJK font {} not usable, PDFs use Helvetica with English labels: {}", cjkFont, e.toString());
            }
        }
        this.cjk = font;
    }

    public boolean chinesePdf() {
        return cjk != null;
    }

    public byte[] pdf(StatementView s, LocalDateTime now) {
        boolean zh = cjk != null;
        Font title = zh ? new Font(cjk, 16, Font.BOLD) : new Font(Font.HELVETICA, 16, Font.BOLD);
        Font body = zh ? new Font(cjk, 9) : new Font(Font.HELVETICA, 9);
        Font head = zh ? new Font(cjk, 9, Font.BOLD) : new Font(Font.HELVETICA, 9, Font.BOLD);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        try {
            PdfWriter.getInstance(doc, out);
            doc.open();
            doc.addTitle(s.statementNo());
            doc.add(new Paragraph(zh ? "诺尔数据 对账单" : "Nuoer Data - Customer Statement", title));
            String customer = zh ? s.deptName() : latin(s.deptName(), s.appId());
            doc.add(new Paragraph((zh ? "对账单号：" : "Statement No: ") + s.statementNo()
                    + (zh ? "    账单月份：" : "    Month: ") + s.billDate(), body));
            doc.add(new Paragraph((zh ? "客户：" : "Customer: ") + customer + "    appId: " + nz(s.appId())
                    + (zh ? "    状态：" + s.stateDesc() : "    State: " + englishState(s.state())), body));
            doc.add(new Paragraph((zh ? "总金额(元)：" : "Total (CNY): ") + money(s.totalAmount())
                    + (zh ? "    已结算：" : "    Settled: ") + money(s.settledAmount())
                    + (zh ? "    未结算：" : "    Receivable: ") + money(s.receivableAmount()), body));
            doc.add(new Paragraph(" ", body));
            String[] headers = zh
                    ? new String[] {"产品编码", "产品名称", "调用笔数", "免费次数", "计费次数", "单价(元)", "总费用(元)", "已结算(元)"}
                    : new String[] {"Product", "Name", "Calls", "Free", "Charged", "Unit price", "Amount", "Settled"};
            PdfPTable table = new PdfPTable(headers.length);
            table.setWidthPercentage(100);
            for (String h : headers) {
                table.addCell(new PdfPCell(new Phrase(h, head)));
            }
            for (BillDetailView l : s.billDetailList()) {
                table.addCell(new Phrase(nz(l.checkItem()), body));
                table.addCell(new Phrase(zh ? nz(l.checkItemName()) : latin(l.checkItemName(), l.checkItem()), body));
                table.addCell(right(String.valueOf(l.count()), body));
                table.addCell(right(String.valueOf(l.freeCount()), body));
                table.addCell(right(String.valueOf(l.chargeCount()), body));
                table.addCell(right(l.price() == null ? "" : l.price().toPlainString(), body));
                table.addCell(right(money(l.totalFee()), body));
                table.addCell(right(money(l.settledAmount()), body));
            }
            doc.add(table);
            doc.add(new Paragraph((zh ? "生成时间：" : "Generated: ") + JacksonConventions.DATETIME.format(now), body));
            doc.close();
        } catch (DocumentException e) {
            throw StatementErrors.ATTACHMENT_FAILED.exception();
        }
        return out.toByteArray();
    }

    public byte[] xlsx(StatementView s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(out, "nuoer-data", "1.0");
            Worksheet ws = wb.newWorksheet("对账单");
            ws.value(0, 0, "对账单号");
            ws.value(0, 1, s.statementNo());
            ws.value(1, 0, "账单月份");
            ws.value(1, 1, s.billDate());
            ws.value(2, 0, "客户");
            ws.value(2, 1, nz(s.deptName()));
            ws.value(3, 0, "appId");
            ws.value(3, 1, nz(s.appId()));
            ws.value(4, 0, "总金额(元)");
            ws.value(4, 1, s.totalAmount());
            ws.value(5, 0, "已结算(元)");
            ws.value(5, 1, s.settledAmount());
            String[] headers = {"产品编码", "产品名称", "调用笔数", "免费次数", "计费次数", "单价(元)", "总费用(元)", "已结算(元)",
                    "未结算(元)"};
            int r = 7;
            for (int c = 0; c < headers.length; c++) {
                ws.value(r, c, headers[c]);
                ws.style(r, c).bold().set();
            }
            for (BillDetailView l : s.billDetailList()) {
                r++;
                ws.value(r, 0, l.checkItem());
                ws.value(r, 1, nz(l.checkItemName()));
                ws.value(r, 2, l.count());
                ws.value(r, 3, l.freeCount());
                ws.value(r, 4, l.chargeCount());
                num(ws, r, 5, l.price());
                num(ws, r, 6, l.totalFee());
                num(ws, r, 7, l.settledAmount());
                num(ws, r, 8, l.receivableAmount());
            }
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The statement list export (crm 3.3.3, sales 4.7.9), streamed. */
    public void exportList(List<StatementView> rows, OutputStream out) throws IOException {
        Workbook wb = new Workbook(out, "nuoer-data", "1.0");
        Worksheet ws = wb.newWorksheet("账单列表");
        String[] headers = {"账单编号", "账单月份", "机构id", "机构名称", "appId", "账单状态", "开票状态", "超支类型", "总金额(元)",
                "可开票金额(元)", "已开票金额(元)", "未开票金额(元)", "已结算金额(元)", "未结算金额(元)", "回款状态", "确认时间"};
        for (int c = 0; c < headers.length; c++) {
            ws.value(0, c, headers[c]);
            ws.style(0, c).bold().set();
        }
        int r = 0;
        for (StatementView s : rows) {
            r++;
            int c = 0;
            ws.value(r, c++, s.statementNo());
            ws.value(r, c++, s.billDate());
            ws.value(r, c++, s.deptId());
            ws.value(r, c++, nz(s.deptName()));
            ws.value(r, c++, nz(s.appId()));
            ws.value(r, c++, s.stateDesc());
            ws.value(r, c++, s.invoiceState() == 20 ? "已开票" : s.invoiceState() == 10 ? "部分开票" : "未开票");
            ws.value(r, c++, s.overdraftType() == 20 ? "月结" : s.overdraftType() == 10 ? "预充值(额度内可超支)" : "预充值");
            num(ws, r, c++, s.totalAmount());
            num(ws, r, c++, s.canInvoiceAmount());
            num(ws, r, c++, s.invoicedAmount());
            num(ws, r, c++, s.notInvoicedAmount());
            num(ws, r, c++, s.settledAmount());
            num(ws, r, c++, s.receivableAmount());
            ws.value(r, c++, s.paymentStateDesc());
            ws.value(r, c, s.confirmDate() == null ? "" : JacksonConventions.DATETIME.format(s.confirmDate()));
        }
        wb.finish();
    }

    private static void num(Worksheet ws, int r, int c, BigDecimal v) {
        if (v != null) {
            ws.value(r, c, v);
        }
    }

    private static PdfPCell right(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return cell;
    }

    private static String money(BigDecimal v) {
        return v == null ? "0.00" : v.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** Latin-1 text as is; anything else (Chinese) replaced by the fallback code. */
    static String latin(String text, String fallback) {
        if (text == null) {
            return nz(fallback);
        }
        return text.chars().allMatch(ch -> ch < 0x100) ? text : nz(fallback);
    }

    private static String englishState(Integer state) {
        if (state == null) {
            return "";
        }
        return switch (state) {
            case 0 -> "awaiting recheck";
            case 10 -> "awaiting confirmation";
            case 20 -> "confirmed";
            case 30 -> "archived";
            case -1 -> "void";
            default -> String.valueOf(state);
        };
    }
}
