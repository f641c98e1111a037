package com.nuoer.apicall.model;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nuoer.apicall.worker.ClaimLoop;
import jakarta.annotation.PreDestroy;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs match jobs in the background; the state lives in {@code model_match_record}, so a job survives a restart.
 * A worker claims one job at a time ({@code FOR UPDATE SKIP LOCKED}): an unowned job in state 10, or one whose owner's
 * heartbeat is older than {@code staleAfter} (the instance died). It heartbeats while running, completes the job
 * (20, result file, matchCount) or, after 3 failed attempts, fails it (-10). At start, every {@code workerPoll} and
 * right after a submit it looks for work. On a clean shutdown it hands its running job back at once.
 * Rerunning a job from the start is safe: matching has no side effects and overwrites the result file.
 */
@Component
public class MatchWorker extends ClaimLoop {

    private static final Logger log = LoggerFactory.getLogger(MatchWorker.class);
    static final int MAX_ATTEMPTS = 3;

    private final JdbcTemplate jdbc;
    private final MatchRunner runner;
    private final ModelProperties properties;
    private final ObjectMapper json;
    private final Clock clock;

    public MatchWorker(JdbcTemplate jdbc, MatchRunner runner, ModelProperties properties, ObjectMapper json,
                       Clock clock) {
        super("model-match-worker");
        this.jdbc = jdbc;
        this.runner = runner;
        this.properties = properties;
        this.json = json;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${nuoer.apicall.model.worker-poll:PT5S}", initialDelayString = "PT5S")
    public void poll() {
        wake();
    }

    @Override
    protected Optional<Long> claim() {
        LocalDateTime now = LocalDateTime.now(clock);
        return jdbc.query("""
                update model_match_record set worker_id = ?, heartbeat_at = ?, attempts = attempts + 1, update_date = ?
                where id = (select id from model_match_record
                            where state = 10 and (worker_id is null or heartbeat_at is null or heartbeat_at < ?)
                            order by id limit 1 for update skip locked)
                returning id""",
                (rs, i) -> rs.getLong(1), workerId(), Timestamp.valueOf(now), Timestamp.valueOf(now),
                Timestamp.valueOf(now.minus(properties.staleAfter()))).stream().findFirst();
    }

    /** Runs a job this worker owns (claimed, or submitted with this worker as owner) to its end state. */
    @Override
    public void runClaimed(long id) {
        MatchRunner.Job job = jdbc.query("""
                select id, model_code, file_key, file_name, match_columns from model_match_record
                where id = ? and state = 10 and worker_id = ?""",
                (rs, i) -> new MatchRunner.Job(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        columns(rs.getString(5))), id, workerId()).stream().findFirst().orElse(null);
        if (job == null) {
            return;
        }
        try {
            MatchRunner.Outcome outcome = runner.run(job, rows -> heartbeat(id, rows));
            LocalDateTime now = LocalDateTime.now(clock);
            int done = jdbc.update("""
                    update model_match_record set state = 20, result_key = ?, sample_count = ?, processed_count = ?,
                           match_count = ?, finish_time = ?, update_date = ?, worker_id = null, heartbeat_at = null,
                           error_msg = null
                    where id = ? and state = 10 and worker_id = ?""",
                    outcome.resultKey(), outcome.sampleCount(), outcome.sampleCount(), outcome.matchCount(),
                    Timestamp.valueOf(now), Timestamp.valueOf(now), id, workerId());
            if (done == 1) {
                log.info("model match {} done: {} rows, {} hits", id, outcome.sampleCount(), outcome.matchCount());
            }
        } catch (LostJob e) {
            log.info("model match {} was taken over by another worker", id);
        } catch (RuntimeException e) {
            log.warn("model match {} failed: {}", id, e.toString());
            LocalDateTime now = LocalDateTime.now(clock);
            String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            jdbc.update("""
                    update model_match_record
                    set state = case when attempts >= ? then -10 else 10 end,
                        finish_time = case when attempts >= ? then ? else null end,
                        worker_id = null, heartbeat_at = null, error_msg = ?, update_date = ?
                    where id = ? and state = 10 and worker_id = ?""",
                    MAX_ATTEMPTS, MAX_ATTEMPTS, Timestamp.valueOf(now), msg.length() > 1000 ? msg.substring(0, 1000)
                            : msg, Timestamp.valueOf(now), id, workerId());
        }
    }

    private void heartbeat(long id, int rows) {
        if (stopping()) {
            throw new LostJob();
        }
        int n = jdbc.update("""
                update model_match_record set heartbeat_at = ?, processed_count = ?
                where id = ? and state = 10 and worker_id = ?""",
                Timestamp.valueOf(LocalDateTime.now(clock)), rows, id, workerId());
        if (n == 0) {
            throw new LostJob();
        }
    }

    /** Hands the running job back so another instance (or this one after restart) takes it at once. */
    @PreDestroy
    public void stop() {
        stopLoop(true);
        try {
            jdbc.update("update model_match_record set worker_id = null, heartbeat_at = null "
                    + "where state = 10 and worker_id = ?", workerId());
        } catch (RuntimeException e) {
            log.debug("could not release match jobs at shutdown: {}", e.toString());
        }
    }

    private Map<String, String> columns(String s) {
        try {
            return s == null ? Map.of() : json.readValue(s, new TypeReference<Map<String, String>>() { });
        } catch (Exception e) {
            return Map.of();
        }
    }

    /** The job is no longer this worker's (taken over, or the worker is stopping). */
    static final class LostJob extends RuntimeException {
        LostJob() {
            super("job lost", null, false, false);
        }
    }
}
