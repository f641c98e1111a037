package com.nuoer.contract.storage;

import io.swagger.v3.oas.annotations.Hidden;
import com.nuoer.contract.contract.ContractError;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Serves stored files to holders of a valid signed link (public: the link is the credential). */
@Hidden // not seed API: provider callbacks, the sandbox page and signed file links stay out of the OpenAPI document
@RestController
public class FileDownloadController {

    private final FileStorage storage;
    private final SignedLinks links;

    public FileDownloadController(FileStorage storage, SignedLinks links) {
        this.storage = storage;
        this.links = links;
    }

    @GetMapping(SignedLinks.FILES_PATH + "{key:.+}")
    public ResponseEntity<byte[]> download(@PathVariable String key, @RequestParam(required = false) Long expires,
                                           @RequestParam(required = false) String sig) {
        if (expires == null || !links.verify(key, expires, sig)) {
            throw ContractError.FILE_LINK_INVALID.exception();
        }
        FileStorage.StoredFile file = storage.get(key).orElseThrow(ContractError.FILE_NOT_FOUND::exception);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(key).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "private, max-age=300")
                .body(file.content());
    }
}
