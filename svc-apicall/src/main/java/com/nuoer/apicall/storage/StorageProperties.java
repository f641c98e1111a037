package com.nuoer.apicall.storage;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code nuoer.apicall.storage.*}: where files live and how download links are signed.
 *
 * @param type          {@code local} (default) or {@code s3}
 * @param localDir      directory of the local implementation
 * @param urlSecret     HMAC key of the download links (the cluster profile requires one from the environment)
 * @param linkTtl       how long a download link stays valid
 * @param publicBaseUrl prefix of the links (e.g. {@code https://open.nuoer.example}); empty = gateway-relative path
 * @param downloadPath  path of the download endpoint ({@link FileDownloadController})
 * @param s3            S3-compatible endpoint settings (used when type = s3)
 */
@ConfigurationProperties("nuoer.apicall.storage")
public record StorageProperties(
        @DefaultValue("local") String type,
        @DefaultValue("${user.home}/.nuoer/apicall/files") String localDir,
        @DefaultValue("local-dev-file-link-secret-change-me") String urlSecret,
        @DefaultValue("P7D") Duration linkTtl,
        @DefaultValue("") String publicBaseUrl,
        @DefaultValue("/files/apicall") String downloadPath,
        @DefaultValue S3 s3) {

    /**
     * @param endpoint  e.g. {@code http://minio:9000}; empty = AWS default for the region
     * @param pathStyle path-style addressing (MinIO and most S3-compatible stores)
     */
    public record S3(String endpoint, @DefaultValue("us-east-1") String region, String bucket, String accessKey,
                     String secretKey, @DefaultValue("true") boolean pathStyle, @DefaultValue("") String prefix) {
    }
}
