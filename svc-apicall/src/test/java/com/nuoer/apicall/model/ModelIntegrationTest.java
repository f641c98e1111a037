package com.nuoer.apicall.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nuoer.apicall.ApicallIntegrationBase;
import com.nuoer.apicall.forewarn.Caller;
import com.nuoer.apicall.storage.FileStorage;
import com.nuoer.common.session.MenuCodes;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/** 3.12.1-3.12.6: sample files are validated, matches run (at once or in the worker) and their results download. */
class ModelIntegrationTest extends ApicallIntegrationBase {

    @Autowired
    FileStorage storage;
    @Autowired
    MatchWorker worker;

    private Caller operator() {
        return Caller.crm(List.of(MenuCodes.CRM_MODEL), http, json, signer);
    }

    static byte[] csv(int rows) {
        StringBuilder sb = new StringBuilder("姓名,手机号,身份证号,备注\n");
        for (int i = 0; i < rows; i++) {
            sb.append("测试").append(i).append(",13").append(String.format("%09d", i * 7919L % 1_000_000_000L))
                    .append(",33010219900101").append(String.format("%04d", i % 10000)).append(",\"第").append(i)
                    .append("行, 含逗号\"\n");
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] xlsx(List<List<String>> rows) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook wb = new Workbook(out, "test", "1.0")) {
            Worksheet ws = wb.newWorksheet("样本");
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < rows.get(r).size(); c++) {
                    ws.value(r, c, rows.get(r).get(c));
                }
            }
        }
        return out.toByteArray();
    }

    private List<List<String>> download(String url) throws Exception {
        ResponseEntity<byte[]> r = http.getForEntity(java.net.URI.create(http.getRootUri() + url), byte[].class);
        assertThat(r.getStatusCode().value()).isEqualTo(200);
        assertThat(r.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment;");
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(r.getBody()));
             var rows = wb.getFirstSheet().openStream()) {
            return rows.map(ModelIntegrationTest::cells).collect(Collectors.toList());
        }
    }

    private static List<String> cells(Row row) {
        List<String> out = new ArrayList<>();
        row.forEach(c -> out.add(c == null ? "" : c.getText()));
        return out;
    }

    private JsonNode execute(JsonNode parsed, String modelCode) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("fileName", parsed.path("data").path("fileName").asText());
        body.put("fileUrl", parsed.path("data").path("fileUrl").asText());
        body.put("matchColumns", json.convertValue(parsed.path("data").path("matchColumns"), Map.class));
        body.put("modelCode", modelCode);
        body.put("note", "it");
        body.put("deptIdList", List.of(1, 201));
        return operator().post("/mt/crm/model/executeMatch", body);
    }

    @Test
    void badSampleFilesAreRefusedWithClearCodes() throws Exception {
        Caller c = operator();
        assertThat(c.upload("/mt/crm/model/parseMatchFile", "empty.csv", new byte[0]).path("code").asInt())
                .as("empty").isEqualTo(40060);
        JsonNode wrong = c.upload("/mt/crm/model/parseMatchFile", "wrong.csv",
                "城市,金额\n杭州,100\n".getBytes(StandardCharsets.UTF_8));
        assertThat(wrong.path("code").asInt()).as("wrong columns").isEqualTo(40063);
        assertThat(wrong.path("msg").asText()).contains("城市,金额");
        assertThat(wrong.path("_status").asInt()).isEqualTo(400);
        JsonNode big = c.upload("/mt/crm/model/parseMatchFile", "big.csv", csv(30_000));
        assertThat(big.path("code").asInt()).as("oversize (test limit 1MB)").isEqualTo(40062);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1};
        assertThat(c.upload("/mt/crm/model/parseMatchFile", "photo.png", png).path("code").asInt())
                .as("not a spreadsheet").isEqualTo(40061);
        assertThat(c.upload("/mt/crm/model/parseMatchFile", "binary.csv", png).path("code").asInt())
                .as("binary named .csv").isEqualTo(40061);
        byte[] ole = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        assertThat(c.upload("/mt/crm/model/parseMatchFile", "old.xls", ole).path("code").asInt())
                .as("old .xls").isEqualTo(40061);
        byte[] brokenZip = {'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6, 7, 8};
        assertThat(c.upload("/mt/crm/model/parseMatchFile", "broken.xlsx", brokenZip).path("code").asInt())
                .as("corrupt xlsx").isEqualTo(40061);
        assertThat(c.upload("/mt/crm/model/parseMatchFile", "header.csv",
                "姓名,手机号\n".getBytes(StandardCharsets.UTF_8)).path("code").asInt()).as("header only")
                .isEqualTo(40060);
        assertThat(c.upload("/mt/crm/model/parseBackFile", "wrong.csv",
                "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8)).path("code").asInt()).isEqualTo(40063);
    }

    @Test
    void anXlsxSampleIsParsedAndASmallMatchAnswersItsResultAtOnce() throws Exception {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("客户姓名", "手机号码", "身份证号", "渠道"));
        for (int i = 0; i < 10; i++) {
            rows.add(List.of("客户" + i, "1390000" + String.format("%04d", i), "33010619850101" + String.format("%04d", i),
                    "线上"));
        }
        JsonNode parsed = operator().upload("/mt/crm/model/parseMatchFile", "客户样本.xlsx", xlsx(rows));
        assertThat(parsed.path("code").asInt()).as(parsed.toString()).isZero();
        JsonNode data = parsed.path("data");
        assertThat(data.path("fileName").asText()).isEqualTo("客户样本.xlsx");
        assertThat(data.path("headers").toString()).isEqualTo("[\"客户姓名\",\"手机号码\",\"身份证号\",\"渠道\"]");
        assertThat(data.path("matchColumns").toString())
                .isEqualTo("{\"name\":\"客户姓名\",\"mobile\":\"手机号码\",\"idcard\":\"身份证号\"}");
        assertThat(data.path("count").asInt()).isEqualTo(10);
        assertThat(data.path("previewRows").size()).isEqualTo(5);
        assertThat(data.path("previewRows").get(0).get(1).asText()).isEqualTo("13900000000");

        JsonNode run = execute(parsed, "RISK_FUSION");
        assertThat(run.path("code").asInt()).as(run.toString()).isZero();
        assertThat(run.path("data").path("isAsync").asBoolean()).isFalse();
        List<List<String>> result = download(run.path("data").path("resultUrl").asText());
        assertThat(result).hasSize(11);
        assertThat(result.get(0)).containsExactly("客户姓名", "手机号码", "身份证号", "渠道", "匹配结果", "模型分", "风险等级");
        long hits = result.stream().skip(1).filter(r -> r.get(4).equals("命中")).count();
        long id = run.path("data").path("id").asLong();
        var row = jdbc.queryForMap("select state, match_count, sample_count, dept_names::text as d from model_match_record where id = ?", id);
        assertThat(row).containsEntry("state", 20).containsEntry("match_count", (int) hits)
                .containsEntry("sample_count", 10);
        assertThat((String) row.get("d")).contains("杭州演示科技有限公司");

        // deterministic: the same sample scores the same
        JsonNode again = execute(parsed, "RISK_FUSION");
        assertThat(download(again.path("data").path("resultUrl").asText())).isEqualTo(result);
    }

    @Test
    void aLargerMatchRunsInTheBackgroundAndItsResultDownloadsFromTheRecords() throws Exception {
        JsonNode parsed = operator().upload("/mt/crm/model/parseMatchFile", "批量样本.csv", csv(120));
        assertThat(parsed.path("code").asInt()).as(parsed.toString()).isZero();
        JsonNode run = execute(parsed, "RISK_FUSION");
        assertThat(run.path("data").path("isAsync").asBoolean()).isTrue();
        long id = run.path("data").path("id").asLong();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (jdbc.queryForObject("select state from model_match_record where id = ?", Integer.class, id) == 10
                && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        JsonNode list = operator().post("/mt/crm/model/matchRecords", Map.of("modelCode", "RISK_FUSION", "pageSize", 50));
        JsonNode rec = null;
        for (JsonNode r : list.path("data").path("results")) {
            if (r.path("id").asLong() == id) {
                rec = r;
            }
        }
        assertThat(rec).as(list.toString()).isNotNull();
        assertThat(rec.path("state").asInt()).isEqualTo(20);
        assertThat(rec.path("deptNameList").toString()).contains("杭州演示科技有限公司");
        assertThat(rec.path("finishTime").asText()).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
        List<List<String>> result = download(rec.path("resultUrl").asText());
        assertThat(result).hasSize(121);
        assertThat(result.get(5).get(3)).isEqualTo("第4行, 含逗号");
        assertThat(rec.path("matchCount").asInt())
                .isEqualTo((int) result.stream().skip(1).filter(r -> r.get(4).equals("命中")).count());
    }

    @Test
    void anUnfinishedJobOfADeadWorkerIsResumedWhenAWorkerStarts() throws Exception {
        String key = "model/match/it/" + UUID.randomUUID() + ".csv";
        storage.put(key, new ByteArrayInputStream(csv(60)), -1, "text/csv");
        long dead = insertRunning(key, "dead-node:1234", "now() - interval '10 minutes'");
        long alive = insertRunning(key, "live-node:5678", "now()");
        try {
            worker.drain();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (jdbc.queryForObject("select state from model_match_record where id = ?", Integer.class, dead) == 10
                    && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            var row = jdbc.queryForMap("select state, result_key, sample_count, attempts, worker_id from model_match_record where id = ?", dead);
            assertThat(row).containsEntry("state", 20).containsEntry("sample_count", 60).containsEntry("attempts", 2);
            assertThat(row.get("worker_id")).isNull();
            assertThat(storage.exists((String) row.get("result_key"))).isTrue();
            assertThat(jdbc.queryForMap("select state, worker_id from model_match_record where id = ?", alive))
                    .as("a job with a fresh heartbeat stays with its worker")
                    .containsEntry("state", 10).containsEntry("worker_id", "live-node:5678");
        } finally {
            jdbc.update("delete from model_match_record where id = ?", alive);
        }
    }

    private long insertRunning(String key, String workerId, String heartbeat) {
        return jdbc.queryForObject("""
                insert into model_match_record (model_code, model_name, file_name, file_key, match_columns, state,
                                                sample_count, attempts, worker_id, heartbeat_at, appcode, create_by,
                                                create_date, update_date)
                values ('RISK_FUSION', '综合风险评估', 'resume.csv', ?, '{"mobile": "手机号", "idcard": "身份证号"}', 10,
                        60, 1, ?, """ + heartbeat + ", 'crm', 1, now(), now()) returning id", Long.class, key, workerId);
    }

    @Test
    void executeMatchRefusesUnknownModelsFilesAndColumns() {
        JsonNode parsed = operator().upload("/mt/crm/model/parseMatchFile", "s.csv", csv(3));
        String url = parsed.path("data").path("fileUrl").asText();
        assertThat(operator().post("/mt/crm/model/executeMatch", Map.of("fileName", "s.csv", "fileUrl", url,
                "modelCode", "ID2_CHECK")).path("code").asInt()).as("not a model").isEqualTo(40460);
        assertThat(operator().post("/mt/crm/model/executeMatch", Map.of("fileName", "s.csv",
                "fileUrl", "/files/apicall/model/match/x/none.csv", "modelCode", "RISK_FUSION")).path("code").asInt())
                .isEqualTo(40461);
        assertThat(operator().post("/mt/crm/model/executeMatch", Map.of("fileName", "s.csv",
                "fileUrl", "/files/apicall/model/back/demo/back-2026q1.csv", "modelCode", "RISK_FUSION"))
                .path("code").asInt()).as("another area's file").isEqualTo(40461);
        assertThat(operator().post("/mt/crm/model/executeMatch", Map.of("fileName", "s.csv", "fileUrl", url,
                "modelCode", "RISK_FUSION", "matchColumns", Map.of("name", "姓名"))).path("code").asInt())
                .as("name alone identifies nobody").isEqualTo(40065);
    }

    @Test
    void backTestingUploadsAppendBatchesAndCoverReplacesThem() {
        String name = "回溯IT" + UUID.randomUUID().toString().substring(0, 8);
        String content = "姓名,手机号,身份证号,评分A,评分B\n张三,13800000001,330102199001010011,650,700\n"
                + "李四,13800000002,330102199001010022,480,520\n";
        JsonNode parsed = operator().upload("/mt/crm/model/parseBackFile", name + ".csv",
                content.getBytes(StandardCharsets.UTF_8));
        assertThat(parsed.path("code").asInt()).as(parsed.toString()).isZero();
        JsonNode d = parsed.path("data");
        assertThat(d.path("backName").asText()).isEqualTo(name);
        assertThat(d.path("resultColumns").toString()).isEqualTo("[\"评分A\",\"评分B\"]");
        assertThat(d.path("allColumns").size()).isEqualTo(5);
        assertThat(d.path("count").asInt()).isEqualTo(2);
        assertThat(d.path("isRepeat").asBoolean()).isFalse();

        Map<String, Object> body = new LinkedHashMap<>();
        body.put("backName", name);
        body.put("fileUrl", d.path("fileUrl").asText());
        body.put("resultColumns", List.of(Map.of("columnName", "评分A", "modelCode", "RISK_FUSION", "note", "A")));
        body.put("isCover", false);
        JsonNode first = operator().post("/mt/crm/model/uploadBackResult", body);
        assertThat(first.path("code").asInt()).as(first.toString()).isZero();
        long id = first.path("data").asLong();
        assertThat(operator().upload("/mt/crm/model/parseBackFile", name + ".csv", content.getBytes(StandardCharsets.UTF_8))
                .path("data").path("isRepeat").asBoolean()).isTrue();
        assertThat(operator().post("/mt/crm/model/uploadBackResult", body).path("data").asLong()).isEqualTo(id);
        assertThat(batchCount(name)).isEqualTo(2);
        body.put("isCover", true);
        assertThat(operator().post("/mt/crm/model/uploadBackResult", body).path("code").asInt()).isZero();
        assertThat(batchCount(name)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from back_test_upload where batch_id = ?", Long.class, id))
                .isEqualTo(1);

        body.put("resultColumns", List.of(Map.of("columnName", "手机号", "modelCode", "RISK_FUSION")));
        assertThat(operator().post("/mt/crm/model/uploadBackResult", body).path("code").asInt())
                .as("an identity column is no result").isEqualTo(40066);
        body.put("resultColumns", List.of(Map.of("columnName", "评分B", "modelCode", "NOPE")));
        assertThat(operator().post("/mt/crm/model/uploadBackResult", body).path("code").asInt()).isEqualTo(40460);
    }

    private int batchCount(String name) {
        JsonNode list = operator().post("/mt/crm/model/batchList", Map.of("backNameLike", name));
        assertThat(list.path("data").path("total").asLong()).as(list.toString()).isEqualTo(1);
        JsonNode row = list.path("data").path("results").get(0);
        assertThat(row.path("models").asText()).isEqualTo("RISK_FUSION");
        assertThat(row.path("fileUrl").asText()).startsWith("/files/apicall/model/back/");
        return row.path("batchCount").asInt();
    }

    @Test
    void modelEndpointsNeedTheModelMenu() {
        JsonNode r = Caller.crm(List.of(MenuCodes.CRM_BILL), http, json, signer)
                .post("/mt/crm/model/matchRecords", Map.of());
        assertThat(r.path("_status").asInt()).isEqualTo(403);
    }

    @Test
    void demoRecordsAreListedWithDownloadableFiles() throws Exception {
        JsonNode list = operator().post("/mt/crm/model/matchRecords", Map.of("nonPage", true));
        JsonNode demo = null;
        for (JsonNode r : list.path("data").path("results")) {
            if (r.path("id").asLong() == 1) {
                demo = r;
            }
        }
        assertThat(demo).isNotNull();
        assertThat(download(demo.path("resultUrl").asText())).hasSize(21);
        ResponseEntity<byte[]> sample = http.getForEntity(java.net.URI.create(http.getRootUri() + demo.path("fileUrl").asText()), byte[].class);
        assertThat(new String(sample.getBody(), StandardCharsets.UTF_8)).startsWith("姓名,手机号,身份证号");
    }
}
