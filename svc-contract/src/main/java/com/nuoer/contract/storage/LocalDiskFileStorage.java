package com.nuoer.contract.storage;

import com.nuoer.contract.ContractProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/** Files on the local disk under {@code nuoer.contract.storage-dir} (single instance / development). */
@Component
public class LocalDiskFileStorage implements FileStorage {

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{1,80}\\.(pdf|png|html)");

    private final Path root;

    public LocalDiskFileStorage(ContractProperties properties) {
        this.root = Path.of(properties.getStorageDir());
    }

    @Override
    public String put(String prefix, String extension, String contentType, byte[] content) {
        String safePrefix = prefix.replaceAll("[^A-Za-z0-9_-]", "");
        String key = safePrefix + "-" + UUID.randomUUID().toString().replace("-", "") + "." + extension;
        try {
            Files.createDirectories(root);
            Files.write(root.resolve(key), content);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store " + key, e);
        }
        return key;
    }

    @Override
    public Optional<StoredFile> get(String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            return Optional.empty();
        }
        Path file = root.resolve(key);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            String type = key.endsWith(".pdf") ? "application/pdf" : key.endsWith(".png") ? "image/png" : "text/html";
            return Optional.of(new StoredFile(key, type, Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + key, e);
        }
    }
}
