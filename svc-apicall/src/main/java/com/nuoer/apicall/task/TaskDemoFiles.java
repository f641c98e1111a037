package com.nuoer.apicall.task;

import com.nuoer.apicall.storage.FileStorage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Demo result files (local and test profiles, like the demo data): the finished demo tasks (ids below 10000) get
 * their result zip generated from their rows when it is missing, so their downloadResult links work. Runs after
 * {@code ModelDemoFiles} has copied the demo uploads into the storage.
 */
@Component
@Profile({"local", "test"})
public class TaskDemoFiles {

    private static final Logger log = LoggerFactory.getLogger(TaskDemoFiles.class);

    private final FileStorage storage;
    private final TaskResults results;
    private final JdbcTemplate jdbc;

    public TaskDemoFiles(FileStorage storage, TaskResults results, JdbcTemplate jdbc) {
        this.storage = storage;
        this.results = results;
        this.jdbc = jdbc;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(1)
    public void seed() {
        try {
            for (Long id : jdbc.queryForList("""
                    select id from api_task where id < 10000 and state = 30 and not deleted and result_key is not null
                    order by id""", Long.class)) {
                String key = jdbc.queryForObject("select result_key from api_task where id = ?", String.class, id);
                if (!storage.exists(key)) {
                    String written = results.write(id);
                    jdbc.update("update api_task set result_key = ? where id = ?", written, id);
                }
            }
        } catch (RuntimeException e) {
            log.warn("demo task results not generated: {}", e.toString());
        }
    }
}
