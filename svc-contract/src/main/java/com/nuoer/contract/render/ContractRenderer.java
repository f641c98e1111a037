package com.nuoer.contract.render;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import com.nuoer.contract.ContractProperties;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Renders a contract (template body with the filled fields, product list, signature block) to PDF with OpenPDF.
 * Chinese needs a font with CJK glyphs: {@code nuoer.contract.pdf-font} or one of the usual system paths; without
 * one the built-in Helvetica is used, which has no CJK glyphs — every label is then also given in English and
 * characters outside Latin-1 are printed as '?'.
 */
@Component
public class ContractRenderer {

    private static final Logger log = LoggerFactory.getLogger(ContractRenderer.class);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z0-9_]+)\\s*}}");
    private static final List<String> CJK_FONT_CANDIDATES = List.of(
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc,0",
            "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc,0",
            "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc,0",
            "/usr/share/fonts/truetype/arphic/uming.ttc,0",
            "/System/Library/Fonts/PingFang.ttc,0",
            "C:/Windows/Fonts/simsun.ttc,0");

    /** What a contract document shows. */
    public record ContractDocument(String title, String contractNo, String contractName, String body,
                                   Map<String, String> fields, List<Line> items, String signature) {
    }

    /** One product line. */
    public record Line(String checkItem, String itemName, String showFee, String feeType, String remark) {
    }

    private final String fontPath;

    public ContractRenderer(ContractProperties properties) {
        this.fontPath = resolveFont(properties.getPdfFont());
        if (fontPath == null) {
            log.warn("no CJK font found (nuoer.contract.pdf-font); contract PDFs use Helvetica without Chinese glyphs");
        }
    }

    public boolean hasCjkFont() {
        return fontPath != null;
    }

    public byte[] render(ContractDocument doc) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document pdf = new Document(PageSize.A4, 50, 50, 50, 50);
        try {
            PdfWriter.getInstance(pdf, out);
            pdf.addTitle(doc.contractNo());
            pdf.addCreator("nuoer svc-contract");
            pdf.open();
            BaseFont base = fontPath != null
                    ? BaseFont.createFont(fontPath, BaseFont.IDENTITY_H, BaseFont.EMBEDDED)
                    : BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
            Font title = new Font(base, 16, Font.BOLD);
            Font normal = new Font(base, 10.5f);
            Font small = new Font(base, 9);

            Paragraph head = new Paragraph(text(doc.title()) + (fontPath == null ? " (Contract)" : ""), title);
            head.setAlignment(Element.ALIGN_CENTER);
            head.setSpacingAfter(12);
            pdf.add(head);
            pdf.add(new Paragraph(label("合同编号", "Contract No") + doc.contractNo(), normal));
            pdf.add(new Paragraph(label("合同名称", "Contract name") + text(doc.contractName()), normal));
            Paragraph body = new Paragraph(text(fill(doc.body(), doc.fields())), normal);
            body.setSpacingBefore(10);
            body.setSpacingAfter(10);
            body.setLeading(18);
            pdf.add(body);

            if (!doc.items().isEmpty()) {
                pdf.add(new Paragraph(label("产品清单", "Products"), normal));
                PdfPTable table = new PdfPTable(new float[]{3, 4, 2, 2, 3});
                table.setWidthPercentage(100);
                table.setSpacingBefore(6);
                for (String h : List.of(label("产品编码", "Code"), label("产品名称", "Product"),
                        label("单价", "Price"), label("计费方式", "Billing"), label("备注", "Remark"))) {
                    table.addCell(new Phrase(h, small));
                }
                for (Line line : doc.items()) {
                    table.addCell(new Phrase(text(line.checkItem()), small));
                    table.addCell(new Phrase(text(line.itemName()), small));
                    table.addCell(new Phrase(text(line.showFee()), small));
                    table.addCell(new Phrase(text(line.feeType()), small));
                    table.addCell(new Phrase(text(line.remark()), small));
                }
                pdf.add(table);
            }
            Paragraph sign = new Paragraph(doc.signature() == null
                    ? label("甲方（签章）", "Party A (seal)") + "            " + label("乙方（签章）", "Party B (seal)")
                    : text(doc.signature()), normal);
            sign.setSpacingBefore(24);
            pdf.add(sign);
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("cannot render contract " + doc.contractNo(), e);
        } finally {
            if (pdf.isOpen()) {
                pdf.close();
            }
        }
        return out.toByteArray();
    }

    /** Replaces {{key}} placeholders with the filled values (unknown keys become blank). */
    public static String fill(String body, Map<String, String> fields) {
        Matcher m = PLACEHOLDER.matcher(body == null ? "" : body);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String value = fields.getOrDefault(m.group(1), "");
            m.appendReplacement(sb, Matcher.quoteReplacement(value == null ? "" : value));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private String label(String zh, String en) {
        return (fontPath != null ? zh : en) + ": ";
    }

    private String text(String s) {
        if (s == null) {
            return "";
        }
        if (fontPath != null) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> sb.append(cp < 256 ? Character.toString(cp) : "?"));
        return sb.toString();
    }

    private static String resolveFont(String configured) {
        if (configured != null && !configured.isBlank()) {
            if (Files.isRegularFile(Path.of(configured.replaceAll(",\\d+$", "")))) {
                return configured;
            }
            throw new UncheckedIOException(new IOException("nuoer.contract.pdf-font not found: " + configured));
        }
        for (String candidate : CJK_FONT_CANDIDATES) {
            if (Files.isRegularFile(Path.of(candidate.replaceAll(",\\d+$", "")))) {
                return candidate;
            }
        }
        return null;
    }
}
