package com.nuoer.apicall.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Detects the identity columns of a sample file from its header: {@code name} (姓名), {@code mobile} (手机号),
 * {@code idcard} (身份证号). The answer maps each detected key to the header text as written in the file, which is
 * what parseMatchFile returns as {@code matchColumns} and executeMatch takes back.
 */
public final class MatchColumns {

    public static final String NAME = "name";
    public static final String MOBILE = "mobile";
    public static final String IDCARD = "idcard";
    /** Keys in the order they enter the match. */
    public static final List<String> KEYS = List.of(NAME, MOBILE, IDCARD);

    private static final Map<String, Set<String>> SYNONYMS = Map.of(
            NAME, Set.of("name", "姓名", "名字", "客户姓名", "用户姓名", "xm", "realname", "username"),
            MOBILE, Set.of("mobile", "手机号", "手机", "手机号码", "电话", "电话号码", "联系电话", "phone", "mobileno",
                    "tel", "sjh", "phoneno"),
            IDCARD, Set.of("idcard", "身份证", "身份证号", "身份证号码", "证件号", "证件号码", "sfz", "sfzh", "idno",
                    "idnumber", "cardno", "certno"));

    private MatchColumns() {
    }

    public static Map<String, String> detect(List<String> headers) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String key : KEYS) {
            for (String header : headers) {
                if (header != null && SYNONYMS.get(key).contains(normalise(header))) {
                    out.put(key, header);
                    break;
                }
            }
        }
        return out;
    }

    /** At least one of mobile / idcard identifies a person. */
    public static boolean identifies(Map<String, String> columns) {
        return columns.containsKey(MOBILE) || columns.containsKey(IDCARD);
    }

    static String normalise(String header) {
        return header.trim().toLowerCase(Locale.ROOT).replace(" ", "").replace("_", "").replace("-", "")
                .replace("（", "(").replaceAll("\\(.*\\)$", "");
    }
}
