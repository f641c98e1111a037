package com.nuoer.apicall.task;

import com.nuoer.apicall.model.SheetRows;
import com.nuoer.apicall.storage.FileStorage;
import com.nuoer.common.error.BizException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Batch files: the upload streams from the multipart temp file into the file storage ({@code task/upload/<day>/}),
 * then one streaming pass checks the header and every row and hands the rows on in slices of {@value #SLICE}
 * (the caller writes them inside its transaction). Nothing holds the whole file. A refused file is removed again.
 */
@Component
public class TaskFiles {

    static final int SLICE = 1000;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

    /** One checked data row. */
    public record Row(int rowNo, TaskColumns.Subject subject) {
    }

    public record Stored(String key, String fileName, int count) {
    }

    private final FileStorage storage;
    private final TaskProperties properties;
    private final Clock clock;

    public TaskFiles(FileStorage storage, TaskProperties properties, Clock clock) {
        this.storage = storage;
        this.properties = properties;
        this.clock = clock;
    }

    /** Stores and checks an upload; {@code rows} receives every row in slices (only when the whole file is fine). */
    public Stored store(MultipartFile file, TaskColumns columns, Consumer<List<Row>> rows) {
        if (file == null || file.isEmpty() || file.getSize() == 0) {
            throw TaskErrors.EMPTY_FILE.exception();
        }
        long max = properties.maxFileSize().toBytes();
        if (file.getSize() > max) {
            throw TaskErrors.FILE_TOO_LARGE.exception("文件过大（" + human(file.getSize()) + "），最大" + human(max));
        }
        String fileName = fileName(file.getOriginalFilename());
        String ext = extension(fileName);
        if (!ext.equals(".csv") && !ext.equals(".xlsx") && !ext.isEmpty()) {
            throw TaskErrors.NOT_SPREADSHEET.exception("文件格式不支持（" + ext + "），请上传xlsx或csv表格");
        }
        String key = "task/upload/" + LocalDate.now(clock).format(DAY) + "/"
                + UUID.randomUUID().toString().replace("-", "") + (ext.isEmpty() ? ".csv" : ext);
        try (InputStream in = file.getInputStream()) {
            storage.put(key, in, file.getSize(), file.getContentType());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            int count = storage.withLocalFile(key, path -> read(path, fileName, columns, rows));
            return new Stored(key, fileName, count);
        } catch (RuntimeException e) {
            storage.delete(key);
            throw e;
        }
    }

    /** Reads a stored batch file again (demo data): rows in slices, no limits but the format. */
    public int replay(String key, String fileName, TaskColumns columns, Consumer<List<Row>> rows) {
        return storage.withLocalFile(key, path -> read(path, fileName, columns, rows));
    }

    int read(Path path, String fileName, TaskColumns columns, Consumer<List<Row>> sink) throws IOException {
        SheetRows.Format format = SheetRows.detect(path, fileName);
        if (format == null) {
            throw TaskErrors.NOT_SPREADSHEET.exception();
        }
        boolean header = false;
        int count = 0;
        List<Map<String, Object>> errors = new ArrayList<>();
        int errorRows = 0;
        List<Row> slice = new ArrayList<>(SLICE);
        SheetRows sheet;
        try {
            sheet = SheetRows.open(path, format);
        } catch (IOException | RuntimeException e) {
            throw TaskErrors.NOT_SPREADSHEET.exception("文件无法解析，请上传有效的xlsx或csv表格");
        }
        try (sheet) {
            while (sheet.hasNext()) {
                List<String> row = sheet.next();
                if (row.stream().allMatch(c -> c == null || c.isBlank())) {
                    continue;
                }
                if (!header) {
                    columns.header(row);
                    header = true;
                    continue;
                }
                count++;
                if (count > properties.maxRows()) {
                    throw TaskErrors.TOO_MANY_ROWS.exception("样本行数超过上限" + properties.maxRows() + "行");
                }
                TaskColumns.Subject subject = columns.subject(row);
                List<String> problems = columns.problems(subject);
                if (!problems.isEmpty()) {
                    errorRows++;
                    if (errors.size() < properties.maxRowErrors()) {
                        Map<String, Object> e = new LinkedHashMap<>();
                        e.put("row", count);
                        e.put("message", String.join("；", problems));
                        errors.add(e);
                    }
                    continue;
                }
                if (errorRows == 0) {
                    slice.add(new Row(count, subject));
                    if (slice.size() == SLICE) {
                        sink.accept(slice);
                        slice = new ArrayList<>(SLICE);
                    }
                }
            }
        } catch (BizException e) {
            throw e;
        } catch (RuntimeException e) {
            throw TaskErrors.NOT_SPREADSHEET.exception("文件无法解析，请上传有效的xlsx或csv表格");
        }
        if (!header) {
            throw TaskErrors.EMPTY_FILE.exception("文件没有内容");
        }
        if (count == 0) {
            throw TaskErrors.EMPTY_FILE.exception("文件只有表头，没有样本数据");
        }
        if (errorRows > 0) {
            StringBuilder msg = new StringBuilder("样本数据有误（共" + errorRows + "行）: ");
            for (int i = 0; i < Math.min(3, errors.size()); i++) {
                msg.append(i == 0 ? "" : "；").append("第").append(errors.get(i).get("row")).append("行 ")
                        .append(errors.get(i).get("message"));
            }
            if (errorRows > 3) {
                msg.append(" …");
            }
            throw new BizException(TaskErrors.BAD_ROWS.code(), msg.toString(), errors);
        }
        if (!slice.isEmpty()) {
            sink.accept(slice);
        }
        return count;
    }

    static String fileName(String original) {
        if (original == null || original.isBlank()) {
            return "batch.csv";
        }
        String name = original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).trim();
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot).toLowerCase(Locale.ROOT);
    }

    private static String human(long bytes) {
        if (bytes >= 1024 * 1024) {
            return String.format("%.1fMB", bytes / 1024.0 / 1024.0).replace(".0MB", "MB");
        }
        return String.format("%dKB", Math.max(1, bytes / 1024));
    }
}
