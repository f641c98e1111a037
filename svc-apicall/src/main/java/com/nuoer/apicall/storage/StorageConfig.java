package com.nuoer.apicall.storage;

import java.nio.file.Path;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Chooses the {@link FileStorage} implementation from {@code nuoer.apicall.storage.type} (local | s3). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StorageProperties.class)
public class StorageConfig {

    @Bean
    public FileStorage fileStorage(StorageProperties properties) {
        return switch (properties.type() == null ? "local" : properties.type().trim().toLowerCase()) {
            case "local", "" -> new LocalFileStorage(Path.of(properties.localDir()));
            case "s3" -> new S3FileStorage(properties.s3());
            default -> throw new IllegalStateException(
                    "nuoer.apicall.storage.type must be local or s3, not " + properties.type());
        };
    }
}
