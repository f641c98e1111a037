package com.nuoer.common.error;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.nuoer.common.web.ApiResponse;
import jakarta.validation.ConstraintViolationException;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingPathVariableException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns every failure into the envelope: 4xx with a message a person understands for bad input, 5xx only for real
 * faults (logged with the trace id, never echoed with a stack trace).
 */
@RestControllerAdvice
public class GlobalExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(GlobalExceptionHandler.class);

    @ExceptionHandler(BizException.class)
    public ResponseEntity<ApiResponse<Object>> biz(BizException e) {
        if (e.httpStatus() >= 500) {
            log.error("service fault: {} {}", e.code(), e.getMessage(), e);
        }
        return respond(e.httpStatus(), new ApiResponse<>(e.code(), e.getMessage(), e.data(),
                System.currentTimeMillis(), com.nuoer.common.trace.TraceContext.currentOrEmpty()));
    }

    @ExceptionHandler(BindException.class)
    public ResponseEntity<ApiResponse<Object>> invalid(BindException e) {
        String msg = e.getBindingResult().getFieldErrors().stream()
                .map(GlobalExceptionHandler::describe)
                .distinct()
                .collect(Collectors.joining("; "));
        if (msg.isEmpty()) {
            msg = e.getBindingResult().getAllErrors().stream()
                    .map(err -> err.getDefaultMessage()).collect(Collectors.joining("; "));
        }
        return fail(ErrorCode.VALIDATION_FAILED, msg);
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    public ResponseEntity<ApiResponse<Object>> invalid(HandlerMethodValidationException e) {
        String msg = e.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream().map(err -> {
                    String name = r.getMethodParameter().getParameterName();
                    return (name == null ? "" : name + ": ") + err.getDefaultMessage();
                }))
                .collect(Collectors.joining("; "));
        return fail(ErrorCode.VALIDATION_FAILED, msg);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    public ResponseEntity<ApiResponse<Object>> invalid(ConstraintViolationException e) {
        String msg = e.getConstraintViolations().stream()
                .map(v -> lastNode(v.getPropertyPath().toString()) + ": " + v.getMessage())
                .collect(Collectors.joining("; "));
        return fail(ErrorCode.VALIDATION_FAILED, msg);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    public ResponseEntity<ApiResponse<Object>> unreadable(HttpMessageNotReadableException e) {
        Throwable cause = e.getCause();
        if (cause instanceof InvalidFormatException ife) {
            return fail(ErrorCode.TYPE_MISMATCH, "字段 " + path(ife) + " 的值 " + ife.getValue() + " 类型不正确");
        }
        if (cause instanceof MismatchedInputException mie && !mie.getPath().isEmpty()) {
            return fail(ErrorCode.TYPE_MISMATCH, "字段 " + path(mie) + " 类型不正确");
        }
        if (e.getMessage() != null && e.getMessage().startsWith("Required request body is missing")) {
            return fail(ErrorCode.MISSING_PARAMETER, "缺少请求体");
        }
        return fail(ErrorCode.MALFORMED_BODY, ErrorCode.MALFORMED_BODY.defaultMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    public ResponseEntity<ApiResponse<Object>> typeMismatch(MethodArgumentTypeMismatchException e) {
        return fail(ErrorCode.TYPE_MISMATCH, "参数 " + e.getName() + " 的值 " + e.getValue() + " 类型不正确");
    }

    @ExceptionHandler({MissingServletRequestParameterException.class, MissingPathVariableException.class,
            MissingServletRequestPartException.class, MissingRequestHeaderException.class})
    public ResponseEntity<ApiResponse<Object>> missing(Exception e) {
        String name = "?";
        if (e instanceof MissingServletRequestParameterException m) {
            name = m.getParameterName();
        } else if (e instanceof MissingPathVariableException m) {
            name = m.getVariableName();
        } else if (e instanceof MissingServletRequestPartException m) {
            name = m.getRequestPartName();
        } else if (e instanceof MissingRequestHeaderException m) {
            name = m.getHeaderName();
        }
        return fail(ErrorCode.MISSING_PARAMETER, "缺少必填参数: " + name);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    public ResponseEntity<ApiResponse<Object>> method(HttpRequestMethodNotSupportedException e) {
        return fail(ErrorCode.METHOD_NOT_ALLOWED, "不支持 " + e.getMethod() + " 请求");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    public ResponseEntity<ApiResponse<Object>> mediaType(HttpMediaTypeNotSupportedException e) {
        return fail(ErrorCode.UNSUPPORTED_MEDIA_TYPE, "不支持的Content-Type: " + e.getContentType());
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    public ResponseEntity<ApiResponse<Object>> notAcceptable(HttpMediaTypeNotAcceptableException e) {
        return fail(ErrorCode.BAD_REQUEST, "无法按请求的Accept格式返回");
    }

    @ExceptionHandler(NoResourceFoundException.class)
    public ResponseEntity<ApiResponse<Object>> noRoute(NoResourceFoundException e) {
        return fail(ErrorCode.ROUTE_NOT_FOUND, "接口不存在: /" + e.getResourcePath());
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    public ResponseEntity<ApiResponse<Object>> tooLarge(MaxUploadSizeExceededException e) {
        return fail(ErrorCode.PAYLOAD_TOO_LARGE, ErrorCode.PAYLOAD_TOO_LARGE.defaultMessage());
    }

    /** A broken multipart body (no parts, no closing boundary …) is the client's fault, not a 500 (issue 15 fuzzing). */
    @ExceptionHandler(MultipartException.class)
    public ResponseEntity<ApiResponse<Object>> badMultipart(MultipartException e) {
        return fail(ErrorCode.BAD_REQUEST, "上传内容不是合法的 multipart/form-data 请求");
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    public ResponseEntity<ApiResponse<Object>> integrity(DataIntegrityViolationException e) {
        log.warn("integrity violation: {}", e.getMostSpecificCause().getMessage());
        return fail(ErrorCode.DUPLICATE, "数据已存在或与现有数据冲突");
    }

    @ExceptionHandler({OptimisticLockingFailureException.class, PessimisticLockingFailureException.class})
    public ResponseEntity<ApiResponse<Object>> concurrent(RuntimeException e) {
        return fail(ErrorCode.CONFLICT, ErrorCode.CONFLICT.defaultMessage());
    }

    @ExceptionHandler(RemoteServiceException.class)
    public ResponseEntity<ApiResponse<Object>> remote(RemoteServiceException e) {
        if (e.httpStatus() >= 500) {
            log.error("remote service {} failed: {} {}", e.service(), e.code(), e.getMessage());
        }
        return fail(e.code(), e.getMessage());
    }

    @ExceptionHandler(Exception.class)
    public ResponseEntity<ApiResponse<Object>> fault(Exception e) {
        log.error("unhandled fault", e);
        return fail(ErrorCode.INTERNAL_ERROR, ErrorCode.INTERNAL_ERROR.defaultMessage());
    }

    private static ResponseEntity<ApiResponse<Object>> fail(ErrorCode error, String msg) {
        return respond(error.httpStatus(), ApiResponse.fail(error, msg));
    }

    private static ResponseEntity<ApiResponse<Object>> fail(int code, String msg) {
        return respond(ErrorCode.httpStatusOf(code), ApiResponse.fail(code, msg));
    }

    private static ResponseEntity<ApiResponse<Object>> respond(int status, ApiResponse<Object> body) {
        return ResponseEntity.status(status).body(body);
    }

    private static String describe(FieldError error) {
        if ("typeMismatch".equals(error.getCode())) {
            return error.getField() + ": 类型不正确";
        }
        return error.getField() + ": " + error.getDefaultMessage();
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static String lastNode(String propertyPath) {
        int dot = propertyPath.lastIndexOf('.');
        return dot < 0 ? propertyPath : propertyPath.substring(dot + 1);
    }
}
