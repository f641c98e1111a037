package com.nuoer.apicall.model;

import com.nuoer.apicall.storage.FileStorage;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Demo files (local and test profiles, like the demo data): copies classpath {@code demo-files/**} into the file
 * storage when missing, and generates the result files of the finished demo matches (ids below 10000) from them, so
 * the demo rows' links download.
 */
@Component
@Profile({"local", "test"})
public class ModelDemoFiles {

    private static final Logger log = LoggerFactory.getLogger(ModelDemoFiles.class);
    private static final String ROOT = "demo-files/";

    private final FileStorage storage;
    private final MatchRunner runner;
    private final JdbcTemplate jdbc;

    public ModelDemoFiles(FileStorage storage, MatchRunner runner, JdbcTemplate jdbc) {
        this.storage = storage;
        this.runner = runner;
        this.jdbc = jdbc;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    public void seed() {
        try {
            for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:" + ROOT + "**/*.*")) {
                String url = r.getURL().toString();
                String key = url.substring(url.lastIndexOf(ROOT) + ROOT.length());
                key = java.net.URLDecoder.decode(key, java.nio.charset.StandardCharsets.UTF_8);
                if (!storage.exists(key)) {
                    try (InputStream in = r.getInputStream()) {
                        storage.put(key, in, r.contentLength(), null);
                    }
                }
            }
            jdbc.query("""
                    select id, model_code, file_key, file_name, result_key from model_match_record
                    where id < 10000 and state = 20 and result_key is not null""", rs -> {
                long id = rs.getLong(1);
                String resultKey = rs.getString(5);
                if (!storage.exists(resultKey) && storage.exists(rs.getString(3))) {
                    MatchRunner.Job job = new MatchRunner.Job(id, rs.getString(2), rs.getString(3), rs.getString(4),
                            columns(id));
                    MatchRunner.Outcome o = runner.run(job, rows -> { });
                    jdbc.update("update model_match_record set match_count = ?, sample_count = ?, processed_count = ?,"
                            + " result_key = ? where id = ?", o.matchCount(), o.sampleCount(), o.sampleCount(),
                            o.resultKey(), id);
                }
            });
        } catch (IOException | RuntimeException e) {
            log.warn("demo files not seeded: {}", e.toString());
        }
    }

    private Map<String, String> columns(long id) {
        String json = jdbc.queryForObject("select match_columns::text from model_match_record where id = ?",
                String.class, id);
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readValue(json,
                    new com.fasterxml.jackson.core.type.TypeReference<Map<String, String>>() { });
        } catch (IOException e) {
            return Map.of();
        }
    }
}
