package com.nuoer.apicall.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Where svc-apicall keeps files (uploaded samples, generated results): one interface, a local-disk implementation by
 * default ({@link LocalFileStorage}) and an S3-compatible one by configuration ({@link S3FileStorage},
 * {@code nuoer.apicall.storage.type=s3}). Keys are relative, slash-separated paths ({@code model/match/20260301/x.csv});
 * callers never see a disk path or a bucket. Content always streams: nothing here holds a whole file in memory.
 * Files reach browsers and mail readers through {@link FileLinks} (signed, expiring download URLs).
 */
public interface FileStorage {

    /** Stores the stream under {@code key} (replacing an existing file); {@code size} is -1 when unknown. */
    void put(String key, InputStream content, long size, String contentType);

    /** Stores a local file under {@code key}. */
    default void put(String key, Path file, String contentType) {
        try (InputStream in = Files.newInputStream(file)) {
            put(key, in, Files.size(file), contentType);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens the file; the caller closes the stream. {@link NoSuchFileException} when absent. */
    InputStream open(String key);

    boolean exists(String key);

    /** Size in bytes; {@link NoSuchFileException} when absent. */
    long size(String key);

    /** Removes the file; nothing happens when it is absent. */
    void delete(String key);

    /**
     * Runs {@code work} on a local copy of the file, for formats that need random access (a .xlsx is a zip): the local
     * implementation hands its own file, a remote one downloads to a temporary file (streamed) and removes it after.
     */
    default <T> T withLocalFile(String key, LocalFileWork<T> work) {
        Path temp = null;
        try (InputStream in = open(key)) {
            temp = Files.createTempFile("nuoer-storage-", ".tmp");
            Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
            return work.apply(temp);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // a temporary file left behind is removed by the OS
                }
            }
        }
    }

    @FunctionalInterface
    interface LocalFileWork<T> {
        T apply(Path file) throws IOException;
    }

    /** The key names no stored file. */
    class NoSuchFileException extends RuntimeException {
        public NoSuchFileException(String key) {
            super("no stored file " + key);
        }
    }

    /** A key is relative, without {@code ..}, backslashes or empty segments. */
    static String checkKey(String key) {
        if (key == null || key.isBlank() || key.startsWith("/") || key.contains("\\") || key.contains("//")
                || key.length() > 500) {
            throw new IllegalArgumentException("illegal storage key: " + key);
        }
        for (String segment : key.split("/")) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                throw new IllegalArgumentException("illegal storage key: " + key);
            }
        }
        return key;
    }
}
