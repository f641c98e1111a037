package com.nuoer.billing.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Files on the local disk under {@code nuoer.billing.storage.dir}, URLs under {@code public-base-url}. */
@Component
public class LocalFileStorage implements FileStorage {

    private final Path root;
    private final String baseUrl;

    public LocalFileStorage(
            @Value("${nuoer.billing.storage.dir:${java.io.tmpdir}/nuoer-billing-files}") String dir,
            @Value("${nuoer.billing.storage.public-base-url:${nuoer.public-base-url}/files/billing}")
            String baseUrl) {
        this.root = Path.of(dir).toAbsolutePath().normalize();
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @Override
    public String put(String key, byte[] content, String contentType) {
        Path target = resolve(key);
        try {
            Files.createDirectories(target.getParent());
            Path tmp = Files.createTempFile(target.getParent(), ".upload", ".tmp");
            Files.write(tmp, content);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return urlOf(key);
    }

    @Override
    public Optional<byte[]> get(String key) {
        Path p = resolve(key);
        try {
            return Files.isRegularFile(p) ? Optional.of(Files.readAllBytes(p)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String urlOf(String key) {
        return baseUrl + "/" + key;
    }

    private Path resolve(String key) {
        Path p = root.resolve(key).normalize();
        if (!p.startsWith(root) || key.contains("..")) {
            throw new IllegalArgumentException("bad file key");
        }
        return p;
    }
}
