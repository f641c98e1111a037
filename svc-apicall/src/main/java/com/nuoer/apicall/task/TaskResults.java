package com.nuoer.apicall.task;

import com.nuoer.apicall.storage.FileStorage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.Map;
import javax.sql.DataSource;
import net.lingala.zip4j.io.outputstream.ZipOutputStream;
import net.lingala.zip4j.model.ZipParameters;
import net.lingala.zip4j.model.enums.AesKeyStrength;
import net.lingala.zip4j.model.enums.EncryptionMethod;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The result of a task: an .xlsx of every row (subject, 调用结果, 查得, 结果码/说明, 结果数据, 计费, 费用, 流水号) streamed
 * from the rows table (cursor, 1000 rows per fetch) into a temporary workbook, packed into a zip encrypted with the
 * task's password (AES-256, opens with 7-Zip / WinRAR / macOS Archive Utility) and stored as
 * {@code task/result/<id>.zip}. A rewrite overwrites it (the content depends only on the rows).
 */
@Component
public class TaskResults {

    private static final String[] HEADER = {"行号", "姓名", "身份证号", "手机号", "调用状态", "是否查得", "结果码", "结果说明",
            "结果数据", "是否计费", "费用(元)", "是否缓存", "流水号", "完成时间"};

    private final FileStorage storage;
    private final JdbcTemplate cursor;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;

    public TaskResults(FileStorage storage, DataSource dataSource, JdbcTemplate jdbc, TransactionTemplate tx) {
        this.storage = storage;
        this.jdbc = jdbc;
        this.tx = tx;
        this.cursor = new JdbcTemplate(dataSource);
        this.cursor.setFetchSize(1000);
    }

    public static String resultKey(long taskId) {
        return "task/result/" + taskId + ".zip";
    }

    /** Writes and stores the result of a task; returns its key. */
    public String write(long taskId) {
        Map<String, Object> task = jdbc.queryForMap("select task_no, task_name, password from api_task where id = ?",
                taskId);
        Path xlsx = null;
        Path zip = null;
        try {
            xlsx = Files.createTempFile("nuoer-task-" + taskId + "-", ".xlsx");
            zip = Files.createTempFile("nuoer-task-" + taskId + "-", ".zip");
            writeWorkbook(taskId, xlsx);
            ZipParameters p = new ZipParameters();
            p.setEncryptFiles(true);
            p.setEncryptionMethod(EncryptionMethod.AES);
            p.setAesKeyStrength(AesKeyStrength.KEY_STRENGTH_256);
            p.setFileNameInZip(task.get("task_no") + "-result.xlsx");
            try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip),
                    ((String) task.get("password")).toCharArray())) {
                out.putNextEntry(p);
                Files.copy(xlsx, out);
                out.closeEntry();
            }
            String key = resultKey(taskId);
            storage.put(key, zip, "application/zip");
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(xlsx);
            delete(zip);
        }
    }

    private void writeWorkbook(long taskId, Path target) throws IOException {
        try (OutputStream os = Files.newOutputStream(target)) {
            Workbook wb = new Workbook(os, "nuoer-data", "1.0");
            Worksheet ws = wb.newWorksheet("结果");
            for (int c = 0; c < HEADER.length; c++) {
                ws.value(0, c, HEADER[c]);
                ws.style(0, c).bold().set();
            }
            int[] r = {1};
            tx.executeWithoutResult(s -> cursor.query("""
                    select row_no, name, id_card, mobile, state, success, found, result_code, result_msg, result,
                           is_fee, fee, cache_flag, seq_no, finish_time
                    from api_task_row where task_id = ? order by row_no""", rs -> {
                int i = r[0]++;
                int state = rs.getInt("state");
                ws.value(i, 0, rs.getInt("row_no"));
                ws.value(i, 1, rs.getString("name"));
                ws.value(i, 2, rs.getString("id_card"));
                ws.value(i, 3, rs.getString("mobile"));
                ws.value(i, 4, state == 0 ? "未执行" : state == TaskWorker.ROW_REFUSED ? "未调用(参数错误)"
                        : rs.getInt("success") == 1 ? "成功" : "失败");
                Object found = rs.getObject("found");
                ws.value(i, 5, found == null ? "" : (Boolean) found ? "是" : "否");
                Object code = rs.getObject("result_code");
                if (code != null) {
                    ws.value(i, 6, ((Number) code).intValue());
                }
                ws.value(i, 7, rs.getString("result_msg"));
                ws.value(i, 8, rs.getString("result"));
                ws.value(i, 9, rs.getInt("is_fee") == 1 ? "是" : "否");
                BigDecimal fee = rs.getBigDecimal("fee");
                if (fee != null) {
                    ws.value(i, 10, fee);
                }
                ws.value(i, 11, rs.getInt("cache_flag") == 1 ? "是" : "否");
                ws.value(i, 12, rs.getString("seq_no"));
                Timestamp at = rs.getTimestamp("finish_time");
                ws.value(i, 13, at == null ? "" : at.toLocalDateTime().toString().replace('T', ' '));
                if (i % 1000 == 0) {
                    try {
                        ws.flush();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }, taskId));
            wb.finish();
        }
    }

    private static void delete(Path p) {
        if (p != null) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // temp dir
            }
        }
    }
}
