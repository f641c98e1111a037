package com.nuoer.apicall.task;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nuoer.apicall.ApicallIntegrationBase;
import com.nuoer.apicall.call.CallPipeline;
import com.nuoer.apicall.forewarn.Caller;
import com.nuoer.apicall.projection.ProjectionStore;
import com.nuoer.apicall.storage.FileLinks;
import com.nuoer.common.session.IdentityHeaders;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.lingala.zip4j.io.inputstream.ZipInputStream;
import net.lingala.zip4j.model.LocalFileHeader;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/**
 * Batch tasks end to end through beeback (F17): a 10 000-row file runs to completion with visible progress, a worker
 * dying mid-run is taken over without a second call or charge of any row, bad files are refused with clear codes,
 * other customers see nothing, and the single test call goes through the open API's pipeline.
 */
class TaskIntegrationTest extends ApicallIntegrationBase {

    private static final String BASE = "/mt/beeback/apiTask";

    @Autowired
    IdentityHeaders signerBean;
    @Autowired
    ProjectionStore projections;
    @Autowired
    CallPipeline pipeline;
    @Autowired
    TaskResults results;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    Clock clock;

    private TaskFixture fixture(int freeCount) {
        return new TaskFixture(jdbc, http, json, signerBean, freeCount, projections::evictAll);
    }

    private JsonNode submit(Caller c, String code, boolean draft, String fileName, byte[] content) {
        return c.upload(BASE + "/submitBatch?taskName=it-batch&checkItem=" + code + "&encryptionType=1&saveAsDraft="
                + draft, fileName, content);
    }

    private JsonNode task(Caller c, long id) {
        JsonNode list = c.post(BASE + "/taskList", Map.of("pageNo", 1, "pageSize", 100));
        for (JsonNode t : list.path("data").path("results")) {
            if (t.path("id").asLong() == id) {
                return t;
            }
        }
        return null;
    }

    @Test
    void tenThousandRowBatchRunsToCompletionWithProgressVisibleWhileRunning() throws Exception {
        TaskFixture f = fixture(10);
        JsonNode submitted = submit(f.beeback, f.code, false, "big.csv", TaskFixture.csv(10_000, f.deptId));
        assertThat(submitted.path("code").asInt()).as(submitted.toString()).isZero();
        long id = submitted.path("data").path("id").asLong();
        assertThat(submitted.path("data").path("state").asInt()).isEqualTo(ApiTask.WAITING);
        assertThat(submitted.path("data").path("sampleCount").asInt()).isEqualTo(10_000);

        assertThat(f.beeback.post(BASE + "/execute", Map.of("id", id)).path("code").asInt()).isZero();
        List<Integer> seen = new ArrayList<>();
        boolean runningSeen = false;
        long deadline = System.currentTimeMillis() + 300_000;
        JsonNode t;
        while (true) {
            t = task(f.beeback, id);
            int finished = t.path("finishedCount").asInt();
            seen.add(finished);
            if (t.path("state").asInt() == ApiTask.RUNNING && finished > 0 && finished < 10_000) {
                runningSeen = true;
            }
            if (t.path("state").asInt() == ApiTask.DONE || System.currentTimeMillis() > deadline) {
                break;
            }
            Thread.sleep(100);
        }
        assertThat(t.path("state").asInt()).as(t.toString()).isEqualTo(ApiTask.DONE);
        assertThat(runningSeen).as("progress between 0 and 10000 while running, seen %s", seen).isTrue();
        assertThat(t.path("finishedCount").asInt()).isEqualTo(10_000);
        assertThat(t.path("successCount").asInt() + t.path("failCount").asInt()).isEqualTo(10_000);
        assertThat(t.path("successCount").asInt()).isEqualTo(10_000);
        assertThat(t.path("chargedCount").asInt()).isEqualTo(10_000 - 10);
        assertThat(t.path("password").asText()).hasSize(10);

        // every row called and recorded once, charged like an open API call (free count first)
        assertThat(f.records()).isEqualTo(10_000);
        assertThat(jdbc.queryForObject("select count(distinct extend) from api_record where dept_id = ?", Long.class,
                f.deptId)).isEqualTo(10_000);
        assertThat(f.chargeLines()).isEqualTo(10_000 - 10);

        // the result: a signed link to an AES zip holding the xlsx of all rows
        JsonNode link = f.beeback.post(BASE + "/downloadResult", Map.of("id", id));
        assertThat(link.path("code").asInt()).as(link.toString()).isZero();
        String url = link.path("data").asText();
        assertThat(url).startsWith("/files/apicall/task/result/");
        byte[] zip = http.getForObject(java.net.URI.create(http.getRootUri() + url), byte[].class);
        Path xlsx = Files.createTempFile("it-task-", ".xlsx");
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip),
                t.path("password").asText().toCharArray())) {
            LocalFileHeader entry = in.getNextEntry();
            assertThat(entry.isEncrypted()).isTrue();
            Files.copy((InputStream) in, xlsx, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        try (ReadableWorkbook wb = new ReadableWorkbook(xlsx.toFile()); Stream<Row> rows = wb.getFirstSheet().openStream()) {
            assertThat(rows.count()).isEqualTo(10_001);
        } finally {
            Files.deleteIfExists(xlsx);
        }
    }

    @Test
    void aWorkerDyingMidRunIsTakenOverWithoutCallingOrChargingAnyRowTwice() throws Exception {
        TaskFixture f = fixture(5);
        int rows = 1_000;
        JsonNode submitted = submit(f.beeback, f.code, true, "resume.csv", TaskFixture.csv(rows, f.deptId + 7));
        assertThat(submitted.path("code").asInt()).as(submitted.toString()).isZero();
        long id = submitted.path("data").path("id").asLong();
        assertThat(submitted.path("data").path("state").asInt()).isEqualTo(ApiTask.DRAFT);

        TaskProperties small = new TaskProperties(DataSize.ofMegabytes(1), 20_000, 20, 2, 50, Duration.ofSeconds(1),
                Duration.ofSeconds(30), Map.of());
        TaskWorker first = new TaskWorker(jdbc, tx, pipeline, projections, results, small, clock);
        // the first worker owns the running task (as if it had claimed it), so the service's worker keeps off it
        jdbc.update("update api_task set state = 20, execute_time = now(), worker_id = ?, heartbeat_at = now() where id = ?",
                first.workerId(), id);
        Thread run = new Thread(() -> first.runClaimed(id));
        run.start();
        long deadline = System.currentTimeMillis() + 60_000;
        while (open(id) > rows - 200 && System.currentTimeMillis() < deadline) {
            Thread.sleep(10);
        }
        first.halt(); // dies: the rows in flight commit, nothing is handed back
        run.join(30_000);
        long openAfterDeath = open(id);
        assertThat(openAfterDeath).as("the first worker stopped mid-run").isBetween(1L, (long) rows - 200);
        assertThat(jdbc.queryForObject("select state from api_task where id = ?", Integer.class, id))
                .isEqualTo(ApiTask.RUNNING);
        assertThat(f.records()).isEqualTo(rows - openAfterDeath);

        // its heartbeat goes stale: a new worker takes the task over and finishes the open rows only
        jdbc.update("update api_task set heartbeat_at = now() - interval '1 hour' where id = ?", id);
        TaskWorker second = new TaskWorker(jdbc, tx, pipeline, projections, results, small, clock);
        second.drain();
        second.halt();
        deadline = System.currentTimeMillis() + 120_000;
        while (jdbc.queryForObject("select state from api_task where id = ?", Integer.class, id) != ApiTask.DONE
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(50); // the service's own worker may have won the takeover instead
        }
        assertThat(jdbc.queryForObject("select state from api_task where id = ?", Integer.class, id))
                .isEqualTo(ApiTask.DONE);
        assertThat(open(id)).isZero();
        assertThat(f.records()).isEqualTo(rows);
        assertThat(jdbc.queryForObject("select count(distinct extend) from api_record where dept_id = ?", Long.class,
                f.deptId)).isEqualTo(rows);
        long chargedRows = jdbc.queryForObject(
                "select count(*) from api_task_row where task_id = ? and is_fee = 1 and fee > 0", Long.class, id);
        assertThat(chargedRows).isEqualTo(rows - 5);
        assertThat(f.chargeLines()).isEqualTo(chargedRows);
        JsonNode t = task(f.beeback, id);
        assertThat(t.path("finishedCount").asInt()).isEqualTo(rows);
        assertThat(t.path("chargedCount").asInt()).isEqualTo(rows - 5);
    }

    private long open(long id) {
        return jdbc.queryForObject("select count(*) from api_task_row where task_id = ? and state = 0", Long.class, id);
    }

    @Test
    void badFilesAreRefusedWithClearCodes() {
        TaskFixture f = fixture(0);
        assertThat(submit(f.beeback, f.code, true, "empty.csv", new byte[0]).path("code").asInt()).isIn(40080, 40004);
        assertThat(submit(f.beeback, f.code, true, "header.csv", "姓名,手机号,身份证号\n".getBytes(StandardCharsets.UTF_8))
                .path("code").asInt()).isEqualTo(40080);
        JsonNode wrong = submit(f.beeback, f.code, true, "wrong.csv", "城市,金额\n杭州,100\n".getBytes(StandardCharsets.UTF_8));
        assertThat(wrong.path("code").asInt()).isEqualTo(40083);
        assertThat(wrong.path("msg").asText()).contains("身份证号").contains("城市");
        byte[] big = new byte[(int) DataSize.ofMegabytes(1).toBytes() + 100];
        java.util.Arrays.fill(big, (byte) 'a');
        assertThat(submit(f.beeback, f.code, true, "big.csv", big).path("code").asInt()).isEqualTo(40082);
        assertThat(submit(f.beeback, f.code, true, "a.pdf", "x".getBytes()).path("code").asInt()).isEqualTo(40081);
        JsonNode rows = submit(f.beeback, f.code, true, "rows.csv",
                "name,mobile,idcard\n张三,12345,110101199001011234\n李四,13800000001,1101\n王五,13800000002,110101199001011235\n"
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(rows.path("code").asInt()).as(rows.toString()).isEqualTo(40084);
        assertThat(rows.path("data")).hasSize(2);
        assertThat(rows.path("data").get(0).path("row").asInt()).isEqualTo(1);
        assertThat(rows.path("data").get(0).path("message").asText()).contains("手机号格式错误");
        assertThat(rows.path("data").get(1).path("message").asText()).contains("身份证号格式错误");
        // nothing half-written: no task, no rows, no file left by the refusals
        assertThat(jdbc.queryForObject("select count(*) from api_task where dept_id = ?", Long.class, f.deptId)).isZero();
        assertThat(f.beeback.upload(BASE + "/submitBatch?checkItem=" + f.code + "&encryptionType=1&saveAsDraft=true",
                "a.csv", TaskFixture.csv(1, 1)).path("code").asInt()).isEqualTo(40001);
        assertThat(f.beeback.upload(BASE + "/submitBatch?taskName=x&checkItem=NO_SUCH_ITEM&encryptionType=1&saveAsDraft=true",
                "a.csv", TaskFixture.csv(1, 1)).path("code").asInt()).isEqualTo(40481);
        assertThat(f.beeback.upload(BASE + "/submitBatch?taskName=x&checkItem=ID2_CHECK&encryptionType=1&saveAsDraft=true",
                "a.csv", TaskFixture.csv(1, 1)).path("code").asInt()).isEqualTo(40981);
        assertThat(f.beeback.upload(BASE + "/submitBatch?taskName=x&checkItem=" + f.code + "&encryptionType=3&saveAsDraft=true",
                "a.csv", TaskFixture.csv(1, 1)).path("code").asInt()).isEqualTo(40086);
        // the conformance checker's tiny CSV is a valid batch file
        JsonNode ok = submit(f.beeback, f.code, true, "sample.csv",
                "name,mobile,idcard\n张三,13800000000,110101199001011234\n".getBytes(StandardCharsets.UTF_8));
        assertThat(ok.path("code").asInt()).as(ok.toString()).isZero();
        assertThat(ok.path("data").path("sampleCount").asInt()).isEqualTo(1);
    }

    @Test
    void anotherCustomerCannotSeeExecuteDeleteOrDownloadTheTasks() {
        Caller demo2 = Caller.beeback(301, 301, 301, "上海第二演示数据有限公司", http, json, signerBean);
        Caller demo = Caller.beeback(3, 1, 1, "杭州演示科技有限公司", http, json, signerBean);
        JsonNode list = demo2.post(BASE + "/taskList", Map.of("pageNo", 1, "pageSize", 100));
        assertThat(list.path("code").asInt()).isZero();
        for (JsonNode t : list.path("data").path("results")) {
            assertThat(t.path("deptId").asLong()).isEqualTo(301);
        }
        assertThat(list.path("data").path("results").findValuesAsText("taskNo")).contains("T202611230830005")
                .doesNotContain("T202611200930001");
        assertThat(demo2.post(BASE + "/execute", Map.of("id", 3)).path("code").asInt()).isEqualTo(40480);
        assertThat(demo2.post(BASE + "/delete", Map.of("id", 1)).path("code").asInt()).isEqualTo(40480);
        assertThat(demo2.post(BASE + "/downloadResult", Map.of("id", 1)).path("code").asInt()).isEqualTo(40480);
        assertThat(demo.post(BASE + "/execute", Map.of("id", 5)).path("code").asInt()).isEqualTo(40480);
        assertThat(jdbc.queryForObject("select state from api_task where id = 3", Integer.class)).isEqualTo(ApiTask.DRAFT);
        assertThat(jdbc.queryForObject("select deleted from api_task where id = 1", Boolean.class)).isFalse();
        // the owner downloads the demo result
        JsonNode link = demo.post(BASE + "/downloadResult", Map.of("id", 1));
        assertThat(link.path("code").asInt()).as(link.toString()).isZero();
        assertThat(FileLinks.query(link.path("data").asText())).containsKeys("expires", "sign", "name");
        assertThat(demo.post(BASE + "/downloadResult", Map.of("id", 3)).path("code").asInt()).isEqualTo(40983);
    }

    @Test
    void theTestCallGoesThroughTheOpenApiPipelineAndIsChargedLikeOne() throws Exception {
        TaskFixture f = fixture(0);
        JsonNode r = f.beeback.post(BASE + "/test", Map.of("checkItem", f.code,
                "params", Map.of("name", "张三", "idCard", "110101199001011234", "mobile", "13800000000")));
        assertThat(r.path("code").asInt()).as(r.toString()).isZero();
        JsonNode answer = json.readTree(r.path("data").asText());
        assertThat(answer.path("seqNo").asText()).hasSize(24);
        assertThat(answer.path("success").asInt()).isEqualTo(1);
        assertThat(answer.path("isFee").asInt()).isEqualTo(1);
        assertThat(f.records()).isEqualTo(1);
        assertThat(f.chargeLines()).isEqualTo(1);
        // gating: a product the account has not opened is refused like on the open API
        assertThat(f.beeback.post(BASE + "/test", Map.of("checkItem", "ID2_CHECK",
                "params", Map.of("name", "张三", "idCard", "110101199001011234"))).path("code").asInt()).isEqualTo(40322);
        assertThat(f.beeback.post(BASE + "/test", Map.of("checkItem", f.code)).path("code").asInt()).isEqualTo(40001);
        assertThat(f.records()).isEqualTo(1);
    }

    @Test
    void executeIsIdempotentAndDeleteRefusesARunningTask() throws Exception {
        TaskFixture f = fixture(0);
        long id = submit(f.beeback, f.code, true, "few.csv", TaskFixture.csv(3, f.deptId)).path("data").path("id").asLong();
        jdbc.update("update api_task set state = 20, worker_id = 'someone-else', heartbeat_at = now() where id = ?", id);
        assertThat(f.beeback.post(BASE + "/delete", Map.of("id", id)).path("code").asInt()).isEqualTo(40982);
        assertThat(f.beeback.post(BASE + "/execute", Map.of("id", id)).path("code").asInt()).isZero();
        jdbc.update("update api_task set state = 0, worker_id = null, heartbeat_at = null where id = ?", id);
        assertThat(f.beeback.post(BASE + "/delete", Map.of("id", id)).path("code").asInt()).isZero();
        assertThat(f.beeback.post(BASE + "/delete", Map.of("id", id)).path("code").asInt()).isZero();
        assertThat(task(f.beeback, id)).isNull();
        assertThat(f.beeback.post(BASE + "/execute", Map.of("id", id)).path("code").asInt()).isEqualTo(40480);
        assertThat(jdbc.queryForObject("select count(*) from api_task_row where task_id = ?", Long.class, id)).isZero();
    }
}
