package com.nuoer.apicall.catalog;

import com.nuoer.common.error.BizException;
import com.nuoer.common.error.ErrorCode;
import java.util.Arrays;
import java.util.List;

/**
 * The catalogue's enumerations (domain.md §3.1) as validated int codes: ProductType ({@code checkType}), FeeType,
 * EncryptionType, notice scope and methods. Unknown codes are bad input (40001), never stored.
 */
public final class CatalogCodes {

    /** ProductType: 100基础查询 101画像查询 110标签查询 111黑名单查询 112模型查询 200核验 300工具 400其他. */
    public static final List<Integer> PRODUCT_TYPES = List.of(100, 101, 110, 111, 112, 200, 300, 400);
    /** FeeType: 10 查询计费 (every completed query), 20 查得计费 (only when data is found). */
    public static final List<Integer> FEE_TYPES = List.of(10, 20);
    /** EncryptionType of the query subject: 1 明文, 2 MD5, 3 SHA256, 4 SM3. */
    public static final List<Integer> ENCRYPTION_TYPES = List.of(1, 2, 3, 4);
    /** CacheFlag / isOpen: 0 off, 1 on. */
    public static final List<Integer> FLAGS = List.of(0, 1);
    /** NoticeScope: 0 不发送, 10 自定义 (noticeCustomers), 20 所有 (every customer holding the product). */
    public static final int NOTICE_NONE = 0;
    public static final int NOTICE_CUSTOM = 10;
    public static final int NOTICE_ALL = 20;
    public static final List<Integer> NOTICE_SCOPES = List.of(NOTICE_NONE, NOTICE_CUSTOM, NOTICE_ALL);
    /** NoticeMethod: sms, email (SendNotice channels). */
    public static final List<String> NOTICE_METHODS = List.of("sms", "email");

    private CatalogCodes() {
    }

    public static String productTypeName(Integer code) {
        if (code == null) {
            return "";
        }
        return switch (code) {
            case 100 -> "基础查询";
            case 101 -> "画像查询";
            case 110 -> "标签查询";
            case 111 -> "黑名单查询";
            case 112 -> "模型查询";
            case 200 -> "核验";
            case 300 -> "工具";
            default -> "其他";
        };
    }

    public static String feeTypeName(Integer code) {
        return code == null ? "" : code == 20 ? "查得计费" : "查询计费";
    }

    public static String encryptionName(int code) {
        return switch (code) {
            case 1 -> "明文";
            case 2 -> "MD5";
            case 3 -> "SHA256";
            case 4 -> "SM3";
            default -> String.valueOf(code);
        };
    }

    /** Null passes (not given); anything else must be one of {@code allowed}. */
    public static Integer check(String field, Integer value, List<Integer> allowed) {
        if (value != null && !allowed.contains(value)) {
            throw new BizException(ErrorCode.VALIDATION_FAILED, field + ": 取值必须是 " + allowed + " 之一");
        }
        return value;
    }

    public static List<Integer> checkEncryptions(List<Integer> values) {
        if (values == null) {
            return null;
        }
        for (Integer v : values) {
            if (v == null || !ENCRYPTION_TYPES.contains(v)) {
                throw new BizException(ErrorCode.VALIDATION_FAILED,
                        "encryptableList: 加密方式必须是 " + ENCRYPTION_TYPES + " 之一");
            }
        }
        return values.stream().distinct().sorted().toList();
    }

    public static String joinCodes(List<Integer> codes) {
        return String.join(",", codes.stream().map(String::valueOf).toList());
    }

    public static List<Integer> splitCodes(String joined) {
        if (joined == null || joined.isBlank()) {
            return List.of();
        }
        return Arrays.stream(joined.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .map(Integer::valueOf).toList();
    }
}
