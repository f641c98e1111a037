package com.nuoer.apicall.task;

import com.nuoer.apicall.model.MatchColumns;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The columns of a batch file and the checks of each row. The header names the identity columns as model matching
 * detects them ({@link MatchColumns}: 姓名/name, 手机号/mobile, 身份证号/idcard and synonyms); which of them a product
 * needs comes from {@code nuoer.apicall.task.required-columns} (defaults for the catalogue below), other products
 * need at least one of idcard / mobile per row. Values are checked per encryptionType: 1 明文 (mobile
 * {@code 1[3-9]\d{9}}, 18-digit resident id with a real birth date), 2 MD5 (32 hex), 3 SHA256 / 4 SM3 (64 hex).
 */
public final class TaskColumns {

    /** One row as the pipeline takes it. */
    public record Subject(String name, String idCard, String mobile) {
    }

    static final Map<String, List<String>> DEFAULT_REQUIRED = Map.of(
            "ID2_CHECK", List.of(MatchColumns.NAME, MatchColumns.IDCARD),
            "ID3_FACE", List.of(MatchColumns.NAME, MatchColumns.IDCARD),
            "MOBILE3_CHECK", List.of(MatchColumns.NAME, MatchColumns.IDCARD, MatchColumns.MOBILE),
            "MOBILE_ONLINE_TIME", List.of(MatchColumns.MOBILE),
            "MOBILE_STATUS", List.of(MatchColumns.MOBILE),
            "RISK_FUSION", List.of(MatchColumns.NAME, MatchColumns.IDCARD, MatchColumns.MOBILE));

    private static final Map<String, String> LABEL = Map.of(MatchColumns.NAME, "姓名", MatchColumns.IDCARD, "身份证号",
            MatchColumns.MOBILE, "手机号");
    private static final Pattern MOBILE = Pattern.compile("^1[3-9]\\d{9}$");
    private static final Pattern ID18 = Pattern.compile("^\\d{17}[\\dXx]$");
    private static final Pattern HEX32 = Pattern.compile("^[0-9a-fA-F]{32}$");
    private static final Pattern HEX64 = Pattern.compile("^[0-9a-fA-F]{64}$");
    private static final DateTimeFormatter BIRTH = DateTimeFormatter.ofPattern("uuuuMMdd")
            .withResolverStyle(ResolverStyle.STRICT);

    private final List<String> required;
    private final int encryption;
    private int nameIndex = -1;
    private int idCardIndex = -1;
    private int mobileIndex = -1;

    private TaskColumns(List<String> required, int encryption) {
        this.required = required;
        this.encryption = encryption;
    }

    /** Columns for a product: configured ones first, then the defaults, else "idcard or mobile". */
    public static TaskColumns forProduct(String checkItem, Map<String, String> configured, int encryption) {
        List<String> required = null;
        if (configured != null && configured.get(checkItem) != null) {
            required = List.of(configured.get(checkItem).split("\\s*,\\s*"));
        }
        if (required == null) {
            required = DEFAULT_REQUIRED.getOrDefault(checkItem, List.of());
        }
        return new TaskColumns(required, encryption);
    }

    /** Reads the header; refuses a header without the needed columns (clear list of what is missing). */
    public void header(List<String> headers) {
        Map<String, String> detected = MatchColumns.detect(headers);
        List<String> missing = new ArrayList<>();
        for (String key : required) {
            if (!detected.containsKey(key)) {
                missing.add(LABEL.get(key) + "(" + key + ")");
            }
        }
        if (!missing.isEmpty()) {
            throw TaskErrors.WRONG_COLUMNS.exception("表头缺少该产品需要的列: " + String.join("、", missing)
                    + "；当前表头: " + String.join(",", headers));
        }
        if (required.isEmpty() && !MatchColumns.identifies(detected)) {
            throw TaskErrors.WRONG_COLUMNS.exception("表头需包含身份证号(idcard)或手机号(mobile)列；当前表头: "
                    + String.join(",", headers));
        }
        nameIndex = headers.indexOf(detected.getOrDefault(MatchColumns.NAME, "\u0000"));
        idCardIndex = headers.indexOf(detected.getOrDefault(MatchColumns.IDCARD, "\u0000"));
        mobileIndex = headers.indexOf(detected.getOrDefault(MatchColumns.MOBILE, "\u0000"));
    }

    public Subject subject(List<String> row) {
        return new Subject(cell(row, nameIndex), cell(row, idCardIndex), cell(row, mobileIndex));
    }

    /** The problems of one row (empty when it is fine). */
    public List<String> problems(Subject s) {
        List<String> out = new ArrayList<>();
        Map<String, String> values = new LinkedHashMap<>();
        values.put(MatchColumns.NAME, s.name());
        values.put(MatchColumns.IDCARD, s.idCard());
        values.put(MatchColumns.MOBILE, s.mobile());
        for (String key : required) {
            if (blank(values.get(key))) {
                out.add(LABEL.get(key) + "为空");
            }
        }
        if (required.isEmpty() && blank(s.idCard()) && blank(s.mobile())) {
            out.add("身份证号和手机号至少填写一项");
        }
        if (!blank(s.name()) && s.name().length() > 64) {
            out.add("姓名过长（最多64个字符）");
        }
        check(s.idCard(), "身份证号", true, out);
        check(s.mobile(), "手机号", false, out);
        return out;
    }

    private void check(String v, String label, boolean idCard, List<String> out) {
        if (blank(v)) {
            return;
        }
        switch (encryption) {
            case 2 -> {
                if (!HEX32.matcher(v).matches()) {
                    out.add(label + "不是MD5值（32位十六进制）");
                }
            }
            case 3, 4 -> {
                if (!HEX64.matcher(v).matches()) {
                    out.add(label + "不是" + (encryption == 3 ? "SHA256" : "SM3") + "值（64位十六进制）");
                }
            }
            default -> {
                if (idCard && !validIdCard(v)) {
                    out.add("身份证号格式错误: " + v);
                } else if (!idCard && !MOBILE.matcher(v).matches()) {
                    out.add("手机号格式错误: " + v);
                }
            }
        }
    }

    static boolean validIdCard(String v) {
        if (!ID18.matcher(v).matches()) {
            return false;
        }
        try {
            LocalDate birth = LocalDate.parse(v.substring(6, 14), BIRTH);
            return !birth.isBefore(LocalDate.of(1900, 1, 1)) && !birth.isAfter(LocalDate.now());
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static String cell(List<String> row, int index) {
        if (index < 0 || index >= row.size()) {
            return null;
        }
        String v = row.get(index);
        return v == null || v.isBlank() ? null : v.trim();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
