package com.nuoer.billing.storage;

import com.nuoer.common.error.BizException;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves stored files for the local storage ({@code GET /files/billing/<key>}). Keys contain a random part, so a
 * URL is a capability (what an e-mailed attachment link needs); an object store replaces this in a cluster.
 */
@Hidden // not seed API: signed file links stay out of the OpenAPI document
@RestController
public class FileController {

    private final FileStorage storage;

    public FileController(FileStorage storage) {
        this.storage = storage;
    }

    @GetMapping("/files/billing/**")
    public ResponseEntity<byte[]> get(HttpServletRequest request) {
        String key = request.getRequestURI().substring(request.getContextPath().length() + "/files/billing/".length());
        byte[] body;
        try {
            body = storage.get(key).orElseThrow(() -> BizException.notFound("文件"));
        } catch (IllegalArgumentException e) {
            throw BizException.notFound("文件");
        }
        MediaType type = key.endsWith(".pdf") ? MediaType.APPLICATION_PDF
                : key.endsWith(".xlsx") ? MediaType.parseMediaType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                : MediaType.APPLICATION_OCTET_STREAM;
        String name = key.substring(key.lastIndexOf('/') + 1);
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"").body(body);
    }
}
