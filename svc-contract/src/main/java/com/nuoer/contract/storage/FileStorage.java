package com.nuoer.contract.storage;

import java.util.Optional;

/** Where contract files (previews, signed documents) are kept; a cloud object store plugs in behind this. */
public interface FileStorage {

    /** A stored file. */
    record StoredFile(String key, String contentType, byte[] content) {
    }

    /** Stores the content and returns its key (safe in a URL path segment). */
    String put(String prefix, String extension, String contentType, byte[] content);

    Optional<StoredFile> get(String key);
}
