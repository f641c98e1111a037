package com.nuoer.apicall.model;

import com.nuoer.apicall.model.SheetRows.Format;
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
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Uploaded sample files: stored (streamed from the multipart temp file to the file storage) and inspected — format,
 * header, detected identity columns, the first rows and the row count — in one streaming pass. A refused file is
 * removed again. Refusals: empty (40060), not xlsx/csv (40061), too large (40062), no identity column (40063),
 * too many rows (40064).
 */
@Component
public class SampleFiles {

    /** What a sample file holds. {@code headers} are the first non-empty row; {@code count} the data rows. */
    public record Inspection(Format format, List<String> headers, Map<String, String> detected,
                             List<List<String>> preview, int count) {
    }

    public record Stored(String key, String fileName, Inspection inspection) {
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

    private final FileStorage storage;
    private final ModelProperties properties;
    private final Clock clock;

    public SampleFiles(FileStorage storage, ModelProperties properties, Clock clock) {
        this.storage = storage;
        this.properties = properties;
        this.clock = clock;
    }

    /** Validates and stores an upload under {@code model/<area>/<day>/}; identity columns are required. */
    public Stored store(MultipartFile file, String area) {
        if (file == null || file.isEmpty() || file.getSize() == 0) {
            throw ModelErrors.EMPTY_FILE.exception("文件为空，请选择有内容的xlsx或csv文件");
        }
        long max = properties.maxFileSize().toBytes();
        if (file.getSize() > max) {
            throw ModelErrors.FILE_TOO_LARGE.exception(
                    "文件过大（" + human(file.getSize()) + "），最大" + human(max));
        }
        String fileName = fileName(file.getOriginalFilename());
        String ext = extension(fileName);
        if (!ext.equals(".csv") && !ext.equals(".xlsx") && !ext.isEmpty()) {
            throw ModelErrors.NOT_SPREADSHEET.exception("文件格式不支持（" + ext + "），请上传xlsx或csv表格");
        }
        String key = "model/" + area + "/" + LocalDate.now(clock).format(DAY) + "/"
                + UUID.randomUUID().toString().replace("-", "") + (ext.isEmpty() ? ".dat" : ext);
        try (InputStream in = file.getInputStream()) {
            storage.put(key, in, file.getSize(), file.getContentType());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            Inspection inspection = inspect(key, fileName);
            if (!MatchColumns.identifies(inspection.detected())) {
                throw ModelErrors.WRONG_COLUMNS.exception("未识别到匹配列，表头需包含手机号或身份证号（可选姓名），当前表头: "
                        + String.join(",", inspection.headers()));
            }
            return new Stored(key, fileName, inspection);
        } catch (RuntimeException e) {
            storage.delete(key);
            throw e;
        }
    }

    /** Reads a stored sample in one streaming pass. */
    public Inspection inspect(String key, String fileName) {
        return storage.withLocalFile(key, path -> inspect(path, fileName));
    }

    Inspection inspect(Path path, String fileName) throws IOException {
        Format format = SheetRows.detect(path, fileName);
        if (format == null) {
            throw ModelErrors.NOT_SPREADSHEET.exception();
        }
        List<String> headers = null;
        List<List<String>> preview = new ArrayList<>();
        int count = 0;
        try (SheetRows rows = open(path, format)) {
            while (rows.hasNext()) {
                List<String> row = rows.next();
                if (blank(row)) {
                    continue;
                }
                if (headers == null) {
                    headers = row;
                    continue;
                }
                count++;
                if (preview.size() < properties.previewRows()) {
                    preview.add(row);
                }
                if (count > properties.maxRows()) {
                    throw ModelErrors.TOO_MANY_ROWS.exception("样本行数超过上限" + properties.maxRows() + "行");
                }
            }
        } catch (BizException e) {
            throw e;
        } catch (RuntimeException | IOException e) {
            throw ModelErrors.NOT_SPREADSHEET.exception("文件无法解析，请上传有效的xlsx或csv表格");
        }
        if (headers == null) {
            throw ModelErrors.EMPTY_FILE.exception("文件没有内容");
        }
        Set<String> seen = new HashSet<>();
        for (String h : headers) {
            if (h == null || h.isBlank()) {
                throw ModelErrors.WRONG_COLUMNS.exception("表头存在空白列名");
            }
            if (!seen.add(h)) {
                throw ModelErrors.WRONG_COLUMNS.exception("表头列名重复: " + h);
            }
        }
        if (count == 0) {
            throw ModelErrors.EMPTY_FILE.exception("文件只有表头，没有样本数据");
        }
        return new Inspection(format, List.copyOf(headers), MatchColumns.detect(headers), List.copyOf(preview), count);
    }

    private static SheetRows open(Path path, Format format) {
        try {
            return SheetRows.open(path, format);
        } catch (IOException | RuntimeException e) {
            throw ModelErrors.NOT_SPREADSHEET.exception("文件无法解析，请上传有效的xlsx或csv表格");
        }
    }

    static boolean blank(List<String> row) {
        return row.stream().allMatch(c -> c == null || c.isBlank());
    }

    static String fileName(String original) {
        if (original == null || original.isBlank()) {
            return "sample";
        }
        String name = original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).trim();
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot).toLowerCase(Locale.ROOT);
    }

    static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot <= 0 ? fileName : fileName.substring(0, dot);
    }

    private static String human(long bytes) {
        if (bytes >= 1024 * 1024) {
            return String.format("%.1fMB", bytes / 1024.0 / 1024.0).replace(".0MB", "MB");
        }
        return String.format("%dKB", Math.max(1, bytes / 1024));
    }
}
