package com.nuoer.billing.storage;

import java.util.Optional;

/**
 * Where generated files (statement attachments) live. The local-disk implementation serves them from
 * {@code /files/billing/**}; a cluster would bind an object store (OSS/S3) behind the same interface.
 */
public interface FileStorage {

    /** Stores the content under {@code key} (overwriting) and returns its public URL. */
    String put(String key, byte[] content, String contentType);

    Optional<byte[]> get(String key);

    /** The URL of {@code key}. */
    String urlOf(String key);
}
