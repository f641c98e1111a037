package com.nuoer.apicall.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

/** Files in a directory of the local disk: key = relative path; writes go to a temporary file first, then move. */
public class LocalFileStorage implements FileStorage {

    private final Path root;

    public LocalFileStorage(Path root) {
        this.root = root.toAbsolutePath().normalize();
        try {
            Files.createDirectories(this.root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the file storage directory " + this.root, e);
        }
    }

    public Path root() {
        return root;
    }

    private Path path(String key) {
        Path p = root.resolve(FileStorage.checkKey(key)).normalize();
        if (!p.startsWith(root)) {
            throw new IllegalArgumentException("illegal storage key: " + key);
        }
        return p;
    }

    @Override
    public void put(String key, InputStream content, long size, String contentType) {
        Path target = path(key);
        try {
            Files.createDirectories(target.getParent());
            Path temp = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".part");
            try {
                Files.copy(content, temp, StandardCopyOption.REPLACE_EXISTING);
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store " + key, e);
        }
    }

    @Override
    public InputStream open(String key) {
        try {
            return Files.newInputStream(path(key));
        } catch (java.nio.file.NoSuchFileException e) {
            throw new FileStorage.NoSuchFileException(key);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + key, e);
        }
    }

    @Override
    public boolean exists(String key) {
        return Files.isRegularFile(path(key));
    }

    @Override
    public long size(String key) {
        try {
            return Files.size(path(key));
        } catch (java.nio.file.NoSuchFileException e) {
            throw new FileStorage.NoSuchFileException(key);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void delete(String key) {
        try {
            Files.deleteIfExists(path(key));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + key, e);
        }
    }

    @Override
    public <T> T withLocalFile(String key, LocalFileWork<T> work) {
        Path p = path(key);
        if (!Files.isRegularFile(p)) {
            throw new FileStorage.NoSuchFileException(key);
        }
        try {
            return work.apply(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
