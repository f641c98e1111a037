package com.nuoer.apicall.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CSV reading and format detection of sample files; identity column detection; the deterministic scorer. */
class SheetRowsTest {

    @TempDir
    Path dir;

    private List<List<String>> read(Path file) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        try (SheetRows r = SheetRows.open(file, SheetRows.detect(file, file.getFileName().toString()))) {
            r.forEachRemaining(rows::add);
        }
        return rows;
    }

    @Test
    void csvWithBomQuotesCommasNewlinesAndCrlf() throws Exception {
        Path f = dir.resolve("a.csv");
        byte[] body = "姓名,手机号,备注\r\n\"张,三\",13800000000,\"多\n行\"\r\n李四,13900000000,\"说\"\"明\"\"\"\r\n,,\r\n"
                .getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        Files.write(f, withBom);
        assertThat(SheetRows.detect(f, "a.csv")).isEqualTo(SheetRows.Format.CSV);
        assertThat(read(f)).containsExactly(
                List.of("姓名", "手机号", "备注"),
                List.of("张,三", "13800000000", "多\n行"),
                List.of("李四", "13900000000", "说\"明\""),
                List.of());
    }

    @Test
    void aLargeUtf8CsvWhoseFirst64KiBEndInsideACharacterIsText() throws Exception {
        Path f = dir.resolve("big.csv");
        Files.writeString(f, "姓名,手机号\n" + "用户,1\n".repeat(8000), StandardCharsets.UTF_8);
        assertThat(SheetRows.detect(f, "big.csv")).isEqualTo(SheetRows.Format.CSV);
        List<List<String>> rows = read(f);
        assertThat(rows).hasSize(8001);
        assertThat(rows.get(8000)).containsExactly("用户", "1");
    }

    @Test
    void gbkCsvAsExcelWritesIt() throws Exception {
        Path f = dir.resolve("gbk.csv");
        Files.write(f, "身份证号,姓名\n330102199001011234,王五\n".getBytes(Charset.forName("GBK")));
        assertThat(read(f)).containsExactly(List.of("身份证号", "姓名"), List.of("330102199001011234", "王五"));
    }

    @Test
    void binariesAndOldExcelAreNoSpreadsheet() throws Exception {
        Path png = dir.resolve("x.csv");
        Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        assertThat(SheetRows.detect(png, "x.csv")).isNull();
        Path xls = dir.resolve("x.xls");
        Files.write(xls, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
                (byte) 0xE1});
        assertThat(SheetRows.detect(xls, "x.xls")).isNull();
        Path text = dir.resolve("x.xlsx");
        Files.writeString(text, "a,b\n");
        assertThat(SheetRows.detect(text, "x.xlsx")).as("text named .xlsx").isNull();
    }

    @Test
    void identityColumnsAreDetectedFromCommonHeaders() {
        assertThat(MatchColumns.detect(List.of("序号", "客户姓名", "手机号码", "身份证号(18位)")))
                .containsEntry("name", "客户姓名").containsEntry("mobile", "手机号码")
                .containsEntry("idcard", "身份证号(18位)");
        assertThat(MatchColumns.detect(List.of("name", "Mobile", "ID_CARD"))).hasSize(3);
        assertThat(MatchColumns.identifies(MatchColumns.detect(List.of("姓名", "城市")))).isFalse();
    }

    @Test
    void scoresAreDeterministicPerModelAndPerson() {
        Scorer.Score a = Scorer.score("RISK_FUSION", List.of("张三", "13800000000", "330102199001011234"));
        assertThat(Scorer.score("RISK_FUSION", List.of(" 张三 ", "13800000000", "330102199001011234"))).isEqualTo(a);
        assertThat(Scorer.score("RISK_FUSION", List.of("", "", "")).hit()).isFalse();
        int hits = 0;
        for (int i = 0; i < 1000; i++) {
            Scorer.Score s = Scorer.score("RISK_FUSION", List.of("1380000" + i));
            if (s.hit()) {
                hits++;
                assertThat(s.score()).isBetween(300, 900);
            }
        }
        assertThat(hits).as("about 72% hits").isBetween(650, 790);
    }
}
