package com.nuoer.apicall.model;

import com.nuoer.apicall.model.SheetRows.Format;
import com.nuoer.apicall.storage.FileStorage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.stereotype.Component;

/**
 * Runs one match: streams the sample rows, scores each against the model ({@link Scorer}) and streams the result
 * workbook (the sample's columns + 匹配结果, 模型分, 风险等级) to a temporary file, stored as
 * {@code model/result/<id>.xlsx} (a rerun overwrites it: the result depends only on the input). Reports progress every
 * {@value #PROGRESS_EVERY} rows; the listener may abort (the job was taken over).
 */
@Component
public class MatchRunner {

    static final int PROGRESS_EVERY = 1000;

    public record Job(long id, String modelCode, String fileKey, String fileName, Map<String, String> matchColumns) {
    }

    public record Outcome(int sampleCount, int matchCount, String resultKey) {
    }

    @FunctionalInterface
    public interface Progress {
        /** Called with the rows done so far; throw to abort. */
        void done(int rows);
    }

    private final FileStorage storage;

    public MatchRunner(FileStorage storage) {
        this.storage = storage;
    }

    public static String resultKey(long id) {
        return "model/result/" + id + ".xlsx";
    }

    public Outcome run(Job job, Progress progress) {
        Path out = null;
        try {
            out = Files.createTempFile("nuoer-match-" + job.id() + "-", ".xlsx");
            Path target = out;
            int[] counts = storage.withLocalFile(job.fileKey(), in -> write(job, in, target, progress));
            String key = resultKey(job.id());
            storage.put(key, target, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            return new Outcome(counts[0], counts[1], key);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            if (out != null) {
                try {
                    Files.deleteIfExists(out);
                } catch (IOException ignored) {
                    // temp dir
                }
            }
        }
    }

    private int[] write(Job job, Path input, Path output, Progress progress) throws IOException {
        Format format = SheetRows.detect(input, job.fileKey());
        if (format == null) {
            throw ModelErrors.NOT_SPREADSHEET.exception();
        }
        int rows = 0;
        int hits = 0;
        try (SheetRows sheet = SheetRows.open(input, format);
             OutputStream os = Files.newOutputStream(output);
             Workbook wb = new Workbook(os, "nuoer-data", "1.0")) {
            Worksheet ws = wb.newWorksheet("匹配结果");
            List<String> headers = null;
            int[] idx = null;
            int r = 0;
            while (sheet.hasNext()) {
                List<String> row = sheet.next();
                if (SampleFiles.blank(row)) {
                    continue;
                }
                if (headers == null) {
                    headers = row;
                    idx = indexes(headers, job.matchColumns());
                    for (int c = 0; c < headers.size(); c++) {
                        ws.inlineString(r, c, headers.get(c));
                    }
                    ws.inlineString(r, headers.size(), "匹配结果");
                    ws.inlineString(r, headers.size() + 1, "模型分");
                    ws.inlineString(r, headers.size() + 2, "风险等级");
                    r++;
                    continue;
                }
                List<String> identity = new ArrayList<>(idx.length);
                for (int i : idx) {
                    identity.add(i >= 0 && i < row.size() ? row.get(i) : "");
                }
                Scorer.Score score = Scorer.score(job.modelCode(), identity);
                for (int c = 0; c < headers.size(); c++) {
                    ws.inlineString(r, c, c < row.size() ? row.get(c) : "");
                }
                ws.inlineString(r, headers.size(), score.hit() ? "命中" : "未命中");
                if (score.score() != null) {
                    ws.value(r, headers.size() + 1, score.score());
                }
                ws.inlineString(r, headers.size() + 2, score.level());
                r++;
                rows++;
                if (score.hit()) {
                    hits++;
                }
                if (rows % PROGRESS_EVERY == 0) {
                    ws.flush();
                    progress.done(rows);
                }
            }
            ws.finish();
        }
        progress.done(rows);
        return new int[] {rows, hits};
    }

    /** Column index per match key in {@link MatchColumns#KEYS} order (-1 when that key is not matched). */
    private static int[] indexes(List<String> headers, Map<String, String> matchColumns) {
        List<Integer> out = new ArrayList<>();
        for (String key : MatchColumns.KEYS) {
            String header = matchColumns.get(key);
            if (header != null) {
                out.add(headers.indexOf(header));
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }
}
