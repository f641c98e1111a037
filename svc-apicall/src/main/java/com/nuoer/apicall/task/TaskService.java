package com.nuoer.apicall.task;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nuoer.apicall.call.CallPipeline;
import com.nuoer.apicall.call.OpenAnswer;
import com.nuoer.apicall.call.OpenCallBody;
import com.nuoer.apicall.call.ProductCache;
import com.nuoer.apicall.projection.DeptView;
import com.nuoer.apicall.projection.ProjectionStore;
import com.nuoer.apicall.storage.FileLinks;
import com.nuoer.apicall.storage.FileStorage;
import com.nuoer.apicall.task.web.TaskDtos.ListRequest;
import com.nuoer.apicall.task.web.TaskDtos.TaskView;
import com.nuoer.apicall.task.web.TaskDtos.TestRequest;
import com.nuoer.common.error.BizException;
import com.nuoer.common.error.ErrorCode;
import com.nuoer.common.ids.DocumentNumbers;
import com.nuoer.common.messaging.events.CheckItemChanged;
import com.nuoer.common.paging.PageResult;
import com.nuoer.common.session.SessionInfo;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.multipart.MultipartFile;

/**
 * Test calls and batch tasks of a customer's developer account (beeback, F17): every query is scoped to the
 * session's {@code deptId}; a task of another account answers like an unknown id (40480).
 */
@Service
public class TaskService {

    private static final DateTimeFormatter NO = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    private static final char[] PASSWORD_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiTaskRepository tasks;
    private final TaskFiles files;
    private final TaskWorker worker;
    private final CallPipeline pipeline;
    private final ProductCache products;
    private final ProjectionStore projections;
    private final FileStorage storage;
    private final FileLinks links;
    private final TaskProperties properties;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final ObjectMapper json;
    private final Clock clock;

    public TaskService(ApiTaskRepository tasks, TaskFiles files, TaskWorker worker, CallPipeline pipeline,
                       ProductCache products, ProjectionStore projections, FileStorage storage, FileLinks links,
                       TaskProperties properties, JdbcTemplate jdbc, TransactionTemplate tx, ObjectMapper json,
                       Clock clock) {
        this.tasks = tasks;
        this.files = files;
        this.worker = worker;
        this.pipeline = pipeline;
        this.products = products;
        this.projections = projections;
        this.storage = storage;
        this.links = links;
        this.properties = properties;
        this.jdbc = jdbc;
        this.tx = tx;
        this.json = json;
        this.clock = clock;
    }

    // ------------------------------------------------------------------ 2.3.1 单笔测试

    /** One call through the open API's pipeline as the session's developer account (no signature); the answer as JSON. */
    public String test(SessionInfo session, TestRequest request) {
        DeptView dept = dept(session);
        var p = request.params();
        OpenCallBody body = new OpenCallBody(p.name(), p.idCard(), p.mobile(), 1, p.tradeNo(), p.scene(), null,
                "apiTask:test");
        OpenAnswer answer;
        try {
            answer = pipeline.call(new CallPipeline.Caller(dept, null, session.requestIp()), request.checkItem().trim(),
                    body);
        } catch (BizException e) {
            if (e.data() instanceof OpenAnswer failed) {
                answer = failed; // recorded as a failed call: the test shows what the API answered
            } else {
                throw e;
            }
        }
        try {
            return json.writeValueAsString(answer);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    // ------------------------------------------------------------------ 2.3.2 提交批量任务

    public TaskView submit(SessionInfo session, String taskName, String checkItem, Integer encryptionType,
                           Boolean saveAsDraft, MultipartFile file) {
        if (taskName == null || taskName.isBlank()) {
            throw new BizException(ErrorCode.VALIDATION_FAILED, "taskName: 任务名称不能为空");
        }
        if (taskName.trim().length() > 100) {
            throw new BizException(ErrorCode.VALIDATION_FAILED, "taskName: 任务名称最多100个字符");
        }
        if (checkItem == null || checkItem.isBlank()) {
            throw new BizException(ErrorCode.VALIDATION_FAILED, "checkItem: 产品编码不能为空");
        }
        if (encryptionType == null || encryptionType < 1 || encryptionType > 4) {
            throw new BizException(ErrorCode.VALIDATION_FAILED, "encryptionType: 加密方式须为1(明文),2(MD5),3(SHA256),4(SM3)");
        }
        if (saveAsDraft == null) {
            throw new BizException(ErrorCode.VALIDATION_FAILED, "saveAsDraft: 是否保存草稿不能为空");
        }
        DeptView dept = dept(session);
        String code = checkItem.trim();
        CheckItemChanged product = products.get(code).orElseThrow(TaskErrors.PRODUCT_UNKNOWN::exception);
        boolean opened = projections.deptItems(dept.deptId()).stream()
                .anyMatch(i -> code.equals(i.checkItem()) && i.fusionDeptItemId() == null && !i.deleted()
                        && i.usable());
        if (!opened) {
            throw TaskErrors.PRODUCT_NOT_OPENED.exception("未开通产品 " + code + "，不能提交批量任务");
        }
        List<Integer> encryptable = product.encryptableList() == null || product.encryptableList().isEmpty()
                ? List.of(1) : product.encryptableList();
        if (!encryptable.contains(encryptionType)) {
            throw TaskErrors.BAD_ENCRYPTION.exception("该产品不支持加密方式 " + encryptionType + "，支持: " + encryptable);
        }
        TaskColumns columns = TaskColumns.forProduct(code, properties.requiredColumns(), encryptionType);
        LocalDateTime now = LocalDateTime.now(clock);
        String fileName = TaskFiles.fileName(file == null ? null : file.getOriginalFilename());
        String taskNo = "T" + now.format(NO) + DocumentNumbers.serial(jdbc, "task_no_seq", 4);
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("checkItem", code);
        params.put("encryptionType", encryptionType);
        params.put("saveAsDraft", saveAsDraft);
        params.put("fileName", fileName);
        String taskParams;
        try {
            taskParams = json.writeValueAsString(params);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        Long id = tx.execute(s -> {
            ApiTask task = tasks.saveAndFlush(ApiTask.submit(taskNo, taskName.trim(), dept.deptId(),
                    dept.organizationId(), dept.appId(), dept.deptName(), code, product.itemName(), encryptionType,
                    saveAsDraft, taskParams, password(), session.userId(), now));
            TaskFiles.Stored stored = files.store(file, columns, slice -> insertRows(task.getId(), slice));
            task.attachFile(stored.fileName(), stored.key(), stored.count());
            tasks.save(task);
            return task.getId();
        });
        return view(dept.deptId(), id);
    }

    void insertRows(long taskId, List<TaskFiles.Row> slice) {
        List<Object[]> args = new ArrayList<>(slice.size());
        for (TaskFiles.Row r : slice) {
            args.add(new Object[] {taskId, r.rowNo(), r.subject().name(), r.subject().idCard(), r.subject().mobile()});
        }
        jdbc.batchUpdate("insert into api_task_row (task_id, row_no, name, id_card, mobile) values (?, ?, ?, ?, ?)",
                args);
    }

    // ------------------------------------------------------------------ 2.3.3 任务列表

    public PageResult<TaskView> list(SessionInfo session, ListRequest request) {
        Long deptId = session.deptId();
        if (deptId == null) {
            return request.slice().run(() -> 0L, (offset, limit) -> List.of());
        }
        StringBuilder where = new StringBuilder(" where dept_id = ? and not deleted");
        List<Object> args = new ArrayList<>(List.of(deptId));
        if (request.checkItem() != null && !request.checkItem().isBlank()) {
            where.append(" and check_item = ?");
            args.add(request.checkItem().trim());
        }
        if (request.keyword() != null && !request.keyword().isBlank()) {
            where.append(" and task_name ilike ?");
            args.add("%" + request.keyword().trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        return request.slice().run(
                () -> jdbc.queryForObject("select count(*) from api_task" + where, Long.class, args.toArray()),
                (offset, limit) -> {
                    List<Object> page = new ArrayList<>(args);
                    page.add(limit);
                    page.add(offset);
                    return jdbc.query("select * from api_task" + where
                            + " order by create_date desc, id desc limit ? offset ?", this::map, page.toArray());
                });
    }

    private TaskView view(Long deptId, Long id) {
        return jdbc.query("select * from api_task where id = ? and dept_id = ?", this::map, id, deptId).stream()
                .findFirst().orElseThrow(TaskErrors.TASK_NOT_FOUND::exception);
    }

    private TaskView map(ResultSet rs, int i) throws SQLException {
        int state = rs.getInt("state");
        return new TaskView(rs.getLong("id"), rs.getString("task_no"), rs.getString("task_name"),
                rs.getLong("dept_id"), rs.getString("dept_name"), rs.getString("app_id"), rs.getString("check_item"),
                rs.getString("item_name"), state, rs.getString("task_params"), rs.getInt("sample_count"),
                rs.getInt("finished_count"), state == ApiTask.DONE ? rs.getString("password") : null,
                time(rs.getTimestamp("execute_time")), time(rs.getTimestamp("finish_time")),
                time(rs.getTimestamp("create_date")), rs.getInt("success_count"), rs.getInt("fail_count"),
                rs.getInt("charged_count"), rs.getBigDecimal("fee"), rs.getString("file_name"),
                rs.getInt("encryption_type"), rs.getString("error_msg"));
    }

    private static LocalDateTime time(Timestamp t) {
        return t == null ? null : t.toLocalDateTime();
    }

    // ------------------------------------------------------------------ 2.3.4 / 2.3.5 / 2.3.6

    /**
     * Starts (or resumes, after -10) a task; idempotent: a task already running or done answers ok without a second
     * run.
     */
    public void execute(SessionInfo session, long id) {
        Long deptId = requireDept(session);
        tx.executeWithoutResult(s -> {
            ApiTask task = tasks.findByIdAndDeptIdAndDeletedFalse(id, deptId)
                    .orElseThrow(TaskErrors.TASK_NOT_FOUND::exception);
            if (task.getState() == ApiTask.RUNNING || task.getState() == ApiTask.DONE) {
                return;
            }
            task.execute(LocalDateTime.now(clock));
            tasks.save(task);
        });
        worker.wake();
    }

    /** Deletes a task (not while it runs) with its rows and files; deleting it again answers ok. */
    public void delete(SessionInfo session, long id) {
        Long deptId = requireDept(session);
        List<String> keys = tx.execute(s -> {
            ApiTask task = tasks.findById(id).filter(t -> deptId.equals(t.getDeptId()))
                    .orElseThrow(TaskErrors.TASK_NOT_FOUND::exception);
            if (task.isDeleted()) {
                return List.<String>of();
            }
            task.delete(LocalDateTime.now(clock));
            tasks.save(task);
            jdbc.update("delete from api_task_row where task_id = ?", id);
            List<String> k = new ArrayList<>();
            // an upload shared with another task (the demo file) stays
            if (task.getFileKey() != null && !task.getFileKey().isBlank() && jdbc.queryForObject(
                    "select count(*) from api_task where file_key = ? and id <> ?", Long.class, task.getFileKey(),
                    id) == 0) {
                k.add(task.getFileKey());
            }
            if (task.getResultKey() != null) {
                k.add(task.getResultKey());
            }
            return k;
        });
        if (keys != null) {
            keys.forEach(storage::delete);
        }
    }

    /** A signed link to the result zip (password: the task's 结果解压密码). */
    public String downloadResult(SessionInfo session, long id) {
        Long deptId = requireDept(session);
        ApiTask task = tasks.findByIdAndDeptIdAndDeletedFalse(id, deptId)
                .orElseThrow(TaskErrors.TASK_NOT_FOUND::exception);
        if (task.getState() != ApiTask.DONE || task.getResultKey() == null) {
            throw TaskErrors.NO_RESULT.exception(task.getState() == ApiTask.RUNNING ? "任务执行中，完成后可下载结果"
                    : "任务尚未完成，暂无结果");
        }
        if (!storage.exists(task.getResultKey())) {
            throw new BizException(40410, "结果文件不存在或已删除");
        }
        return links.url(task.getResultKey(), task.getTaskName() + "-结果.zip");
    }

    // ------------------------------------------------------------------ helpers

    private Long requireDept(SessionInfo session) {
        if (session.deptId() == null) {
            throw TaskErrors.TASK_NOT_FOUND.exception();
        }
        return session.deptId();
    }

    private DeptView dept(SessionInfo session) {
        if (session.deptId() == null) {
            throw TaskErrors.NO_DEVELOPER_ACCOUNT.exception();
        }
        return projections.dept(session.deptId()).orElseThrow(TaskErrors.NO_DEVELOPER_ACCOUNT::exception);
    }

    static String password() {
        char[] c = new char[10];
        for (int i = 0; i < c.length; i++) {
            c[i] = PASSWORD_CHARS[RANDOM.nextInt(PASSWORD_CHARS.length)];
        }
        return new String(c);
    }
}
