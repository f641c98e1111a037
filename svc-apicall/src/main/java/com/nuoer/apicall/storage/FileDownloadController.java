package com.nuoer.apicall.storage;

import com.nuoer.common.error.BizException;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /files/apicall/<key>?name=&expires=&sign=}: streams a stored file to whoever holds a link signed by
 * {@link FileLinks} — no session (mail links). Forged links answer 403 40310, expired ones 403 40311, a file gone
 * 404 40410, all as the JSON envelope. Gateway: route {@code /files/apicall/**} to svc-apicall without login.
 */
@Hidden // not seed API: signed file links stay out of the OpenAPI document
@RestController
public class FileDownloadController {

    private final FileStorage storage;
    private final FileLinks links;
    private final StorageProperties properties;

    public FileDownloadController(FileStorage storage, FileLinks links, StorageProperties properties) {
        this.storage = storage;
        this.links = links;
        this.properties = properties;
    }

    @GetMapping("${nuoer.apicall.storage.download-path:/files/apicall}/**")
    public ResponseEntity<InputStreamResource> download(HttpServletRequest request,
                                                        @RequestParam(required = false) String name,
                                                        @RequestParam(required = false) Long expires,
                                                        @RequestParam(required = false) String sign) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String prefix = properties.downloadPath() + "/";
        String key = links.keyOf(path).orElse(null);
        if (key == null || !path.startsWith(prefix) || expires == null || name == null || sign == null) {
            throw new BizException(40310, "下载链接无效");
        }
        if (links.verify(key, name, expires, sign).isEmpty()) {
            throw links.signedByUs(key, name, expires, sign)
                    ? new BizException(40311, "下载链接已过期，请重新获取")
                    : new BizException(40310, "下载链接无效");
        }
        if (!storage.exists(key)) {
            throw new BizException(40410, "文件不存在或已删除");
        }
        InputStream in = storage.open(key);
        MediaType type = MediaTypeFactory.getMediaType(name).orElse(MediaType.APPLICATION_OCTET_STREAM);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .contentType(type)
                .contentLength(storage.size(key))
                .body(new InputStreamResource(in));
    }
}
