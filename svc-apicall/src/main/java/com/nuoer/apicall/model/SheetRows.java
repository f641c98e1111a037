package com.nuoer.apicall.model;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/**
 * The rows of a sample file, one at a time (never the whole file in memory): the first sheet of a .xlsx (fastexcel
 * reader: the sheet XML is streamed) or a CSV (RFC 4180 quoting, UTF-8 with or without BOM, GBK as Excel writes it in
 * China). Each row is a list of cell texts; numbers without exponent ({@code 13800000000}, not {@code 1.38E10}).
 */
public abstract class SheetRows implements Iterator<List<String>>, Closeable {

    public enum Format { XLSX, CSV }

    /** The format by content (zip → xlsx; OLE2 = old .xls, refused; text → csv) and name; null if neither. */
    public static Format detect(Path file, String fileName) throws IOException {
        byte[] head = new byte[8];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        String lower = fileName == null ? "" : fileName.toLowerCase();
        if (n >= 4 && ReadableWorkbook.isOOXMLZipHeader(head)) {
            return lower.endsWith(".csv") ? null : Format.XLSX;
        }
        if (n >= 8 && ReadableWorkbook.isOLE2Header(head)) {
            return null;
        }
        if (lower.endsWith(".xlsx") || lower.endsWith(".xls")) {
            return null;
        }
        return looksLikeText(file) ? Format.CSV : null;
    }

    /** No NUL bytes and decodable as UTF-8 or GBK in the first 64 KiB. */
    private static boolean looksLikeText(Path file) throws IOException {
        byte[] buf;
        try (InputStream in = Files.newInputStream(file)) {
            buf = in.readNBytes(64 * 1024);
        }
        for (byte b : buf) {
            if (b == 0) {
                return false;
            }
        }
        return charsetOf(buf, buf.length == 64 * 1024) != null;
    }

    /**
     * UTF-8 or GBK, whichever decodes {@code buf} without error; a truncated buffer may end inside a character, which
     * is not an error (decoded with endOfInput=false).
     */
    private static Charset charsetOf(byte[] buf, boolean truncated) {
        for (Charset cs : List.of(StandardCharsets.UTF_8, Charset.forName("GBK"))) {
            CharsetDecoder decoder = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            CoderResult result = decoder.decode(ByteBuffer.wrap(buf), CharBuffer.allocate(buf.length + 1), !truncated);
            if (!result.isError()) {
                return cs;
            }
        }
        return null;
    }

    public static SheetRows open(Path file, Format format) throws IOException {
        return format == Format.XLSX ? new Xlsx(file) : new Csv(file);
    }

    /** Trims trailing empty cells. */
    static List<String> trimTrailing(List<String> cells) {
        int end = cells.size();
        while (end > 0 && (cells.get(end - 1) == null || cells.get(end - 1).isBlank())) {
            end--;
        }
        return end == cells.size() ? cells : new ArrayList<>(cells.subList(0, end));
    }

    static final class Xlsx extends SheetRows {
        private final ReadableWorkbook workbook;
        private final Stream<Row> stream;
        private final Iterator<Row> rows;

        Xlsx(Path file) throws IOException {
            this.workbook = new ReadableWorkbook(file.toFile());
            this.stream = workbook.getFirstSheet().openStream();
            this.rows = stream.iterator();
        }

        @Override
        public boolean hasNext() {
            return rows.hasNext();
        }

        @Override
        public List<String> next() {
            Row row = rows.next();
            List<String> cells = new ArrayList<>(Math.max(row.getCellCount(), 0));
            for (Cell cell : row) {
                if (cell == null) {
                    continue;
                }
                int col = cell.getColumnIndex();
                while (cells.size() <= col) {
                    cells.add("");
                }
                cells.set(col, text(cell));
            }
            return trimTrailing(cells);
        }

        private static String text(Cell cell) {
            if (cell.getType() == CellType.NUMBER) {
                try {
                    return cell.asNumber().stripTrailingZeros().toPlainString();
                } catch (RuntimeException e) {
                    return cell.getText();
                }
            }
            String t = cell.getText();
            return t == null ? "" : t.trim();
        }

        @Override
        public void close() throws IOException {
            try {
                stream.close();
            } finally {
                workbook.close();
            }
        }
    }

    static final class Csv extends SheetRows {
        private final Reader in;
        private List<String> pending;
        private boolean eof;

        Csv(Path file) throws IOException {
            byte[] head;
            try (InputStream s = Files.newInputStream(file)) {
                head = s.readNBytes(64 * 1024);
            }
            Charset cs = charsetOf(head, head.length == 64 * 1024);
            InputStream raw = Files.newInputStream(file);
            if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
                raw.skipNBytes(3);
            }
            this.in = new BufferedReader(new InputStreamReader(raw, cs == null ? StandardCharsets.UTF_8 : cs), 65536);
        }

        @Override
        public boolean hasNext() {
            if (pending == null && !eof) {
                try {
                    pending = readRecord();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return pending != null;
        }

        @Override
        public List<String> next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            List<String> row = pending;
            pending = null;
            return row;
        }

        /** One CSV record (quoted fields may span lines); null at the end. */
        private List<String> readRecord() throws IOException {
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            boolean any = false;
            int c;
            while ((c = in.read()) != -1) {
                any = true;
                char ch = (char) c;
                if (quoted) {
                    if (ch == '"') {
                        in.mark(1);
                        int next = in.read();
                        if (next == '"') {
                            field.append('"');
                        } else {
                            quoted = false;
                            if (next != -1) {
                                in.reset();
                            }
                        }
                    } else {
                        field.append(ch);
                    }
                } else if (ch == '"' && field.isEmpty()) {
                    quoted = true;
                } else if (ch == ',') {
                    fields.add(field.toString().trim());
                    field.setLength(0);
                } else if (ch == '\n' || ch == '\r') {
                    if (ch == '\r') {
                        in.mark(1);
                        if (in.read() != '\n') {
                            in.reset();
                        }
                    }
                    fields.add(field.toString().trim());
                    return trimTrailing(fields);
                } else {
                    field.append(ch);
                }
            }
            eof = true;
            if (!any) {
                return null;
            }
            fields.add(field.toString().trim());
            return trimTrailing(fields);
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

}
