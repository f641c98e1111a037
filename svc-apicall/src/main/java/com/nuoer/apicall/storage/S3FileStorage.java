package com.nuoer.apicall.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.DeleteObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.HeadObjectRequest;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Files in an S3-compatible bucket (AWS S3, MinIO, OSS/COS in S3 mode) through the AWS SDK v2 with the JDK's
 * URLConnection HTTP client. Key = optional prefix + storage key. A stream of unknown size is spooled to a temporary
 * file first (S3 needs the length of a single PUT); nothing is buffered in memory.
 */
public class S3FileStorage implements FileStorage, AutoCloseable {

    private final S3Client s3;
    private final String bucket;
    private final String prefix;

    public S3FileStorage(StorageProperties.S3 cfg) {
        if (cfg == null || cfg.bucket() == null || cfg.bucket().isBlank()) {
            throw new IllegalStateException("nuoer.apicall.storage.s3.bucket is required when storage type is s3");
        }
        S3ClientBuilder builder = S3Client.builder()
                .httpClient(UrlConnectionHttpClient.create())
                .region(Region.of(cfg.region()))
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(cfg.pathStyle()).build())
                // S3-compatible stores (MinIO, OSS, COS) do not all take the newer default checksum trailers
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        if (cfg.endpoint() != null && !cfg.endpoint().isBlank()) {
            builder.endpointOverride(URI.create(cfg.endpoint()));
        }
        if (cfg.accessKey() != null && !cfg.accessKey().isBlank()) {
            builder.credentialsProvider(StaticCredentialsProvider.create(
                    AwsBasicCredentials.create(cfg.accessKey(), cfg.secretKey())));
        } else {
            builder.credentialsProvider(DefaultCredentialsProvider.builder().build());
        }
        this.s3 = builder.build();
        this.bucket = cfg.bucket();
        String p = cfg.prefix() == null ? "" : cfg.prefix().trim();
        this.prefix = p.isEmpty() || p.endsWith("/") ? p : p + "/";
    }

    private String object(String key) {
        return prefix + FileStorage.checkKey(key);
    }

    @Override
    public void put(String key, InputStream content, long size, String contentType) {
        PutObjectRequest.Builder req = PutObjectRequest.builder().bucket(bucket).key(object(key));
        if (contentType != null) {
            req.contentType(contentType);
        }
        if (size >= 0) {
            s3.putObject(req.contentLength(size).build(), RequestBody.fromInputStream(content, size));
            return;
        }
        Path temp = null;
        try {
            temp = Files.createTempFile("nuoer-s3-", ".part");
            Files.copy(content, temp, StandardCopyOption.REPLACE_EXISTING);
            s3.putObject(req.contentLength(Files.size(temp)).build(), RequestBody.fromFile(temp));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store " + key, e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // removed by the OS
                }
            }
        }
    }

    @Override
    public InputStream open(String key) {
        try {
            return s3.getObject(GetObjectRequest.builder().bucket(bucket).key(object(key)).build());
        } catch (NoSuchKeyException e) {
            throw new FileStorage.NoSuchFileException(key);
        }
    }

    @Override
    public boolean exists(String key) {
        try {
            s3.headObject(HeadObjectRequest.builder().bucket(bucket).key(object(key)).build());
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public long size(String key) {
        try {
            return s3.headObject(HeadObjectRequest.builder().bucket(bucket).key(object(key)).build()).contentLength();
        } catch (NoSuchKeyException e) {
            throw new FileStorage.NoSuchFileException(key);
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                throw new FileStorage.NoSuchFileException(key);
            }
            throw e;
        }
    }

    @Override
    public void delete(String key) {
        s3.deleteObject(DeleteObjectRequest.builder().bucket(bucket).key(object(key)).build());
    }

    @Override
    public void close() {
        s3.close();
    }
}
