package com.nuoer.apicall.model;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nuoer.apicall.model.BackTestBatch.ResultColumn;
import com.nuoer.apicall.model.SampleFiles.Inspection;
import com.nuoer.apicall.model.SampleFiles.Stored;
import com.nuoer.apicall.model.web.ModelDtos.BatchListRequest;
import com.nuoer.apicall.model.web.ModelDtos.BatchView;
import com.nuoer.apicall.model.web.ModelDtos.ExecuteMatchRequest;
import com.nuoer.apicall.model.web.ModelDtos.ExecuteMatchView;
import com.nuoer.apicall.model.web.ModelDtos.MatchRecordView;
import com.nuoer.apicall.model.web.ModelDtos.MatchRecordsRequest;
import com.nuoer.apicall.model.web.ModelDtos.ParseBackView;
import com.nuoer.apicall.model.web.ModelDtos.ParseMatchView;
import com.nuoer.apicall.model.web.ModelDtos.ResultColumnRequest;
import com.nuoer.apicall.model.web.ModelDtos.UploadBackRequest;
import com.nuoer.apicall.storage.FileLinks;
import com.nuoer.apicall.storage.FileStorage;
import com.nuoer.common.paging.PageResult;
import com.nuoer.common.session.SessionInfo;
import com.nuoer.common.tx.AfterCommit;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.multipart.MultipartFile;

/**
 * Model matching and back-testing for operators (crm /mt/crm/model/**): parse sample files, submit match jobs (small
 * ones run at once, the others in the background by {@link MatchWorker}), list them; parse back-testing files, save
 * their result columns per model ({@code isCover} replaces the sample's earlier uploads), list them.
 */
@Service
public class ModelService {

    private static final Logger log = LoggerFactory.getLogger(ModelService.class);
    /** Catalogue product type of models (ProductType 112 模型查询). */
    public static final int MODEL_CHECK_TYPE = 112;
    static final String MATCH_AREA = "match";
    static final String BACK_AREA = "back";

    private final SampleFiles samples;
    private final FileStorage storage;
    private final FileLinks links;
    private final MatchWorker worker;
    private final ModelMatchRecordRepository records;
    private final BackTestBatchRepository batches;
    private final DeptNames deptNames;
    private final ModelProperties properties;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final ObjectMapper json;
    private final Clock clock;

    public ModelService(SampleFiles samples, FileStorage storage, FileLinks links, MatchWorker worker,
                        ModelMatchRecordRepository records, BackTestBatchRepository batches, DeptNames deptNames,
                        ModelProperties properties, JdbcTemplate jdbc, TransactionTemplate tx, ObjectMapper json,
                        Clock clock) {
        this.samples = samples;
        this.storage = storage;
        this.links = links;
        this.worker = worker;
        this.records = records;
        this.batches = batches;
        this.deptNames = deptNames;
        this.properties = properties;
        this.jdbc = jdbc;
        this.tx = tx;
        this.json = json;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- matching

    /** 3.12.1 */
    public ParseMatchView parseMatchFile(MultipartFile file) {
        Stored stored = samples.store(file, MATCH_AREA);
        Inspection i = stored.inspection();
        return new ParseMatchView(stored.fileName(), links.url(stored.key(), stored.fileName()), i.detected(),
                i.headers(), i.preview(), i.count());
    }

    /** 3.12.2: up to {@code syncMaxRows} rows answers the result at once, larger samples run in the background. */
    public ExecuteMatchView executeMatch(ExecuteMatchRequest request, SessionInfo session) {
        String modelCode = request.modelCode().trim();
        String modelName = modelName(modelCode);
        String key = sampleKey(request.fileUrl(), MATCH_AREA);
        Inspection inspection = samples.inspect(key, key);
        Map<String, String> columns = matchColumns(request.matchColumns(), inspection);
        List<Long> deptIds = request.deptIdList() == null ? List.of()
                : request.deptIdList().stream().distinct().toList();
        List<String> names = deptNames.of(deptIds);
        boolean inline = inspection.count() <= properties.syncMaxRows();
        LocalDateTime now = LocalDateTime.now(clock);
        ModelMatchRecord record = tx.execute(status -> {
            ModelMatchRecord r = records.save(ModelMatchRecord.submit(modelCode, modelName, trim(request.note()),
                    deptIds, names, SampleFiles.fileName(request.fileName()), key, columns, inspection.count(),
                    inline ? worker.workerId() : null, session.appcode(), session.userId(), now));
            if (!inline) {
                AfterCommit.run(worker::wake);
            }
            return r;
        });
        if (!inline) {
            return new ExecuteMatchView(true, null, record.getId());
        }
        worker.runClaimed(record.getId());
        String resultKey = jdbc.query("select result_key from model_match_record where id = ? and state = 20",
                (rs, i) -> rs.getString(1), record.getId()).stream().findFirst().orElse(null);
        if (resultKey == null) {
            // not finished at once (e.g. a storage hiccup): the worker retries it, the record shows the outcome
            log.warn("model match {} could not run at once; left to the worker", record.getId());
            worker.wake();
            return new ExecuteMatchView(true, null, record.getId());
        }
        return new ExecuteMatchView(false, links.url(resultKey, resultName(record.getFileName())), record.getId());
    }

    /** 3.12.3 */
    public PageResult<MatchRecordView> matchRecords(MatchRecordsRequest request) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        List<Object> args = new ArrayList<>();
        if (request.modelCode() != null && !request.modelCode().isBlank()) {
            where.append(" and model_code = ?");
            args.add(request.modelCode().trim());
        }
        if (request.createDateGte() != null) {
            where.append(" and create_date >= ?");
            args.add(Timestamp.valueOf(request.createDateGte()));
        }
        if (request.createDateLte() != null) {
            where.append(" and create_date <= ?");
            args.add(Timestamp.valueOf(request.createDateLte()));
        }
        return request.slice().run(
                () -> jdbc.queryForObject("select count(*) from model_match_record" + where, Long.class,
                        args.toArray()),
                (offset, limit) -> {
                    List<Object> a = new ArrayList<>(args);
                    a.add(limit);
                    a.add(offset);
                    return jdbc.query("""
                            select id, create_date, update_date, model_code, model_name, note, dept_names, file_name,
                                   file_key, state, result_key, match_count, finish_time, sample_count,
                                   processed_count
                            from model_match_record""" + where + " order by create_date desc, id desc limit ? offset ?",
                            this::matchRecord, a.toArray());
                });
    }

    private MatchRecordView matchRecord(ResultSet rs, int i) throws SQLException {
        String fileName = rs.getString("file_name");
        return new MatchRecordView(rs.getLong("id"), time(rs, "create_date"), time(rs, "update_date"),
                rs.getString("model_code"), rs.getString("model_name"), rs.getString("note"),
                strings(rs.getString("dept_names")), fileName, links.url(rs.getString("file_key"), fileName),
                rs.getInt("state"), links.url(rs.getString("result_key"), resultName(fileName)),
                rs.getInt("match_count"), time(rs, "finish_time"), rs.getInt("sample_count"),
                rs.getInt("processed_count"));
    }

    // ---------------------------------------------------------------- back-testing

    /** 3.12.4 */
    public ParseBackView parseBackFile(MultipartFile file) {
        Stored stored = samples.store(file, BACK_AREA);
        Inspection i = stored.inspection();
        String backName = SampleFiles.stem(stored.fileName());
        Set<String> fixed = new HashSet<>(i.detected().values());
        List<String> resultColumns = i.headers().stream().filter(h -> !fixed.contains(h)).toList();
        return new ParseBackView(backName, links.url(stored.key(), stored.fileName()), i.detected(), resultColumns,
                i.headers(), i.count(), batches.existsByBackName(backName));
    }

    /** 3.12.5: answers the sample's id. */
    public int uploadBackResult(UploadBackRequest request, SessionInfo session) {
        String backName = request.backName().trim();
        String key = sampleKey(request.fileUrl(), BACK_AREA);
        Inspection inspection = samples.inspect(key, key);
        Map<String, String> fix = request.fixColumns() == null || request.fixColumns().isEmpty()
                ? inspection.detected() : checkColumns(request.fixColumns(), inspection, "固定列");
        if (!MatchColumns.identifies(fix)) {
            throw ModelErrors.BAD_MATCH_COLUMNS.exception("固定列需包含手机号或身份证号");
        }
        Set<String> fixedHeaders = new HashSet<>(fix.values());
        Set<String> seen = new HashSet<>();
        List<ResultColumn> results = new ArrayList<>();
        for (ResultColumnRequest c : request.resultColumns()) {
            String name = c.columnName().trim();
            if (!inspection.headers().contains(name) || fixedHeaders.contains(name)) {
                throw ModelErrors.BAD_RESULT_COLUMNS.exception("结果列不在文件中或是固定列: " + name);
            }
            if (!seen.add(name)) {
                throw ModelErrors.BAD_RESULT_COLUMNS.exception("结果列重复: " + name);
            }
            modelName(c.modelCode().trim());
            results.add(new ResultColumn(name, c.modelCode().trim(), trim(c.note())));
        }
        boolean cover = Boolean.TRUE.equals(request.isCover());
        Long id = tx.execute(status -> {
            LocalDateTime now = LocalDateTime.now(clock);
            BackTestBatch batch = batches.findByBackName(backName)
                    .orElseGet(() -> BackTestBatch.create(backName, session.appcode(), session.userId(), now));
            boolean fresh = batch.getId() == null;
            if (cover || fresh) {
                if (!fresh) {
                    jdbc.update("delete from back_test_upload where batch_id = ?", batch.getId());
                }
                batch.cover(key, fix, results, inspection.count(), now);
            } else {
                batch.append(key, fix, results, inspection.count(), now);
            }
            batch = batches.saveAndFlush(batch);
            jdbc.update("""
                    insert into back_test_upload (batch_id, batch_no, file_key, fix_columns, result_columns,
                                                  sample_count, create_by, create_date)
                    values (?, ?, ?, cast(? as jsonb), cast(? as jsonb), ?, ?, ?)""",
                    batch.getId(), batch.getBatchCount(), key, write(fix), write(results), inspection.count(),
                    session.userId(), Timestamp.valueOf(now));
            return batch.getId();
        });
        return id.intValue();
    }

    /** 3.12.6 */
    public PageResult<BatchView> batchList(BatchListRequest request) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        List<Object> args = new ArrayList<>();
        if (request.backNameLike() != null && !request.backNameLike().isBlank()) {
            where.append(" and back_name like ? escape '\\'");
            args.add("%" + request.backNameLike().trim().replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%");
        }
        if (request.createDateGte() != null) {
            where.append(" and create_date >= ?");
            args.add(Timestamp.valueOf(request.createDateGte()));
        }
        if (request.createDateLte() != null) {
            where.append(" and create_date <= ?");
            args.add(Timestamp.valueOf(request.createDateLte()));
        }
        return request.slice().run(
                () -> jdbc.queryForObject("select count(*) from back_test_batch" + where, Long.class, args.toArray()),
                (offset, limit) -> {
                    List<Object> a = new ArrayList<>(args);
                    a.add(limit);
                    a.add(offset);
                    return jdbc.query("""
                            select id, create_date, update_date, back_name, models, batch_count, file_key,
                                   sample_count
                            from back_test_batch""" + where + " order by create_date desc, id desc limit ? offset ?",
                            (rs, i) -> new BatchView(rs.getLong("id"), time(rs, "create_date"),
                                    time(rs, "update_date"), rs.getString("back_name"), rs.getString("models"),
                                    rs.getInt("batch_count"),
                                    links.url(rs.getString("file_key"), rs.getString("back_name")
                                            + SampleFiles.extension(rs.getString("file_key"))),
                                    rs.getInt("sample_count")), a.toArray());
                });
    }

    // ---------------------------------------------------------------- helpers

    /** The name of a model (catalogue product of type 112, not deleted) or 404. */
    String modelName(String modelCode) {
        return jdbc.query("select item_name from check_item where check_item = ? and check_type = ? and not deleted",
                        (rs, i) -> rs.getString(1), modelCode, MODEL_CHECK_TYPE).stream().findFirst()
                .orElseThrow(() -> ModelErrors.UNKNOWN_MODEL.exception("模型不存在: " + modelCode));
    }

    /** The storage key behind a fileUrl this service issued for the area, or 404. */
    private String sampleKey(String fileUrl, String area) {
        String key = links.keyOf(fileUrl).filter(k -> k.startsWith("model/" + area + "/"))
                .orElseThrow(ModelErrors.FILE_NOT_FOUND::exception);
        if (!storage.exists(key)) {
            throw ModelErrors.FILE_NOT_FOUND.exception();
        }
        return key;
    }

    private static Map<String, String> matchColumns(Map<String, String> requested, Inspection inspection) {
        Map<String, String> columns = requested == null || requested.isEmpty() ? inspection.detected()
                : checkColumns(requested, inspection, "匹配列");
        if (!MatchColumns.identifies(columns)) {
            throw ModelErrors.BAD_MATCH_COLUMNS.exception("匹配列需包含手机号(mobile)或身份证号(idcard)");
        }
        return columns;
    }

    private static Map<String, String> checkColumns(Map<String, String> requested, Inspection inspection,
                                                    String what) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String key : MatchColumns.KEYS) {
            String header = requested.get(key);
            if (header != null) {
                if (!inspection.headers().contains(header.trim())) {
                    throw ModelErrors.BAD_MATCH_COLUMNS.exception(what + "不在文件表头中: " + header);
                }
                out.put(key, header.trim());
            }
        }
        for (String key : requested.keySet()) {
            if (!MatchColumns.KEYS.contains(key)) {
                throw ModelErrors.BAD_MATCH_COLUMNS.exception(what + "只能是 name/mobile/idcard: " + key);
            }
        }
        return out;
    }

    static String resultName(String fileName) {
        return SampleFiles.stem(fileName == null ? "sample" : fileName) + "_匹配结果.xlsx";
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static LocalDateTime time(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toLocalDateTime();
    }

    private List<String> strings(String s) {
        try {
            return s == null ? List.of() : json.readValue(s, new TypeReference<List<String>>() { });
        } catch (Exception e) {
            return List.of();
        }
    }

    private String write(Object o) {
        try {
            return json.writeValueAsString(o);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
