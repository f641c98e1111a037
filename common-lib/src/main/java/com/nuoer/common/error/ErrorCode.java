package com.nuoer.common.error;

/**
 * Every response code of the platform in one place. Ranges (domain.md §3.1 ResultCode):
 * 0 ok; 400xx validation/bad input; 401xx session; 403xx permission; 404xx not found; 409xx conflict and
 * "confirm first" answers; 429xx rate limit; 5xxxx faults. A service adds its own domain codes in its own
 * enum inside the 4xxxx ranges (its domain stays out of this library); the HTTP status is derived from the range.
 */
public enum ErrorCode {
    SUCCESS(0, 200, "success"),

    BAD_REQUEST(40000, 400, "请求参数错误"),
    VALIDATION_FAILED(40001, 400, "参数校验失败"),
    MALFORMED_BODY(40002, 400, "请求体不是合法的JSON"),
    TYPE_MISMATCH(40003, 400, "参数类型错误"),
    MISSING_PARAMETER(40004, 400, "缺少必填参数"),
    UNSUPPORTED_MEDIA_TYPE(40005, 415, "不支持的Content-Type"),
    PAYLOAD_TOO_LARGE(40006, 413, "上传内容过大"),

    UNAUTHORIZED(40100, 401, "未登录或登录已失效，请重新登录"),
    SESSION_EXPIRED(40101, 401, "登录已过期，请重新登录"),
    BAD_CREDENTIALS(40102, 401, "用户名或密码错误"),
    ACCOUNT_LOCKED(40103, 401, "密码错误次数过多，账号已临时锁定，请稍后再试"),
    ACCOUNT_DISABLED(40104, 401, "账号已停用"),
    INVALID_IDENTITY(40105, 401, "身份凭证无效"),

    FORBIDDEN(40300, 403, "无权访问"),
    APP_NOT_ENABLED(40301, 403, "该账号未开通此应用"),
    WRONG_APP(40302, 403, "登录凭证不属于当前应用"),

    NOT_FOUND(40400, 404, "资源不存在"),
    ROUTE_NOT_FOUND(40401, 404, "接口不存在"),
    METHOD_NOT_ALLOWED(40500, 405, "请求方法不支持"),

    CONFLICT(40900, 409, "数据状态已变化，请刷新后重试"),
    CONFIRM_REQUIRED(40901, 409, "需要二次确认"),
    DUPLICATE(40902, 409, "数据已存在"),

    TOO_MANY_REQUESTS(42900, 429, "请求过于频繁，请稍后再试"),

    INTERNAL_ERROR(50000, 500, "系统繁忙，请稍后再试"),
    UPSTREAM_ERROR(50200, 502, "依赖服务返回错误"),
    SERVICE_UNAVAILABLE(50300, 503, "服务暂不可用，请稍后再试"),
    TIMEOUT(50400, 504, "服务响应超时，请稍后再试");

    private final int code;
    private final int httpStatus;
    private final String defaultMessage;

    ErrorCode(int code, int httpStatus, String defaultMessage) {
        this.code = code;
        this.httpStatus = httpStatus;
        this.defaultMessage = defaultMessage;
    }

    public int code() {
        return code;
    }

    public int httpStatus() {
        return httpStatus;
    }

    public String defaultMessage() {
        return defaultMessage;
    }

    /** HTTP status for any code, including a service's own domain codes: 40312 → 403, 40921 → 409, 0 → 200. */
    public static int httpStatusOf(int code) {
        for (ErrorCode value : values()) {
            if (value.code == code) {
                return value.httpStatus;
            }
        }
        if (code == 0) {
            return 200;
        }
        int status = code / 100;
        return status >= 400 && status < 600 ? status : 500;
    }
}
