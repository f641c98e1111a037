package com.nuoer.apicall.task;

import com.nuoer.apicall.call.CallPipeline;
import com.nuoer.apicall.call.OpenAnswer;
import com.nuoer.apicall.call.OpenCallBody;
import com.nuoer.apicall.projection.DeptView;
import com.nuoer.apicall.projection.ProjectionStore;
import com.nuoer.apicall.worker.ClaimLoop;
import com.nuoer.common.error.BizException;
import jakarta.annotation.PreDestroy;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs batch tasks in the background (F17). A task in state 20 is claimed by one worker ({@code FOR UPDATE SKIP
 * LOCKED}) when it has no owner or its owner's heartbeat is older than {@code staleAfter} (the instance died); the
 * worker calls its open rows in rounds of {@code chunkRows} with {@code parallelism} threads, heartbeats and adds the
 * round to the progress counters after each round, and completes the task (30, result file) when no row is left.
 *
 * <p>Exactly once per row: each row is called through the same {@link CallPipeline} as the open API inside ONE
 * transaction that first locks the still-open row ({@code state = 0 ... FOR UPDATE SKIP LOCKED}) and ends by marking
 * it done — the ApiRecord, its upstream records and its charge line are written in that same transaction (the
 * recorder joins it). A crash before the commit leaves no record and an open row (called again after the restart);
 * after the commit the row is closed, so a restarted or competing worker never records or charges it twice.
 * Counters are recomputed from the rows when a worker takes a task over.
 *
 * <p>Refusals that hold for every row (account disabled, product not authorised/disabled, contract, wallet
 * exhausted) stop the task as failed (-10) with the reason; executing it again resumes the open rows. A refusal of
 * one row's input closes that row as refused (-10) without a call.
 */
@Component
public class TaskWorker extends ClaimLoop {

    private static final Logger log = LoggerFactory.getLogger(TaskWorker.class);
    static final int ROW_OPEN = 0;
    static final int ROW_CALLED = 10;
    static final int ROW_REFUSED = -10;
    private static final int UPSTREAM_FAILED = 50220;

    private enum Kind { CALLED, REFUSED, SKIPPED, STOP }

    private record RowOutcome(Kind kind, OpenAnswer answer, BizException stop) {
    }

    private record Task(long id, String taskNo, long deptId, String checkItem, int encryption) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final CallPipeline pipeline;
    private final ProjectionStore projections;
    private final TaskResults results;
    private final TaskProperties properties;
    private final Clock clock;
    private final ExecutorService rows;

    public TaskWorker(JdbcTemplate jdbc, TransactionTemplate tx, CallPipeline pipeline, ProjectionStore projections,
                      TaskResults results, TaskProperties properties, Clock clock) {
        super("api-task-worker");
        this.jdbc = jdbc;
        this.tx = tx;
        this.pipeline = pipeline;
        this.projections = projections;
        this.results = results;
        this.properties = properties;
        this.clock = clock;
        AtomicInteger n = new AtomicInteger();
        this.rows = Executors.newFixedThreadPool(Math.max(1, properties.parallelism()), r -> {
            Thread t = new Thread(r, "api-task-row-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Scheduled(fixedDelayString = "${nuoer.apicall.task.worker-poll:PT5S}", initialDelayString = "PT5S")
    public void poll() {
        wake();
    }

    @Override
    protected Optional<Long> claim() {
        LocalDateTime now = LocalDateTime.now(clock);
        return jdbc.query("""
                update api_task set worker_id = ?, heartbeat_at = ?, update_date = ?
                where id = (select id from api_task
                            where state = 20 and not deleted
                              and (worker_id is null or heartbeat_at is null or heartbeat_at < ?)
                            order by id limit 1 for update skip locked)
                returning id""",
                (rs, i) -> rs.getLong(1), workerId(), Timestamp.valueOf(now), Timestamp.valueOf(now),
                Timestamp.valueOf(now.minus(properties.staleAfter()))).stream().findFirst();
    }

    /** Runs a task this worker owns until it is done, failed, lost or the worker stops. */
    @Override
    protected void runClaimed(long id) {
        Task task = jdbc.query("""
                select id, task_no, dept_id, check_item, encryption_type from api_task
                where id = ? and state = 20 and worker_id = ?""",
                (rs, i) -> new Task(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getInt(5)),
                id, workerId()).stream().findFirst().orElse(null);
        if (task == null) {
            return;
        }
        try {
            DeptView dept = projections.dept(task.deptId()).orElse(null);
            if (dept == null) {
                fail(task, "开发者账号不存在");
                return;
            }
            CallPipeline.Caller caller = new CallPipeline.Caller(dept, null, "batch-task");
            recount(task.id());
            while (!stopping()) {
                if (!heartbeat(task.id())) {
                    log.info("task {} was taken over by another worker", task.taskNo());
                    return;
                }
                List<Integer> open = jdbc.queryForList("""
                        select row_no from api_task_row where task_id = ? and state = 0 order by row_no limit ?""",
                        Integer.class, task.id(), properties.chunkRows());
                if (open.isEmpty()) {
                    complete(task);
                    return;
                }
                List<Future<RowOutcome>> futures = new ArrayList<>(open.size());
                try {
                    for (Integer rowNo : open) {
                        futures.add(rows.submit(() -> stopping() ? new RowOutcome(Kind.SKIPPED, null, null)
                                : callRow(task, caller, rowNo)));
                    }
                } catch (RejectedExecutionException e) {
                    // halted meanwhile: count what was handed out, then stop
                }
                int finished = 0;
                int success = 0;
                int failed = 0;
                int charged = 0;
                BigDecimal fee = BigDecimal.ZERO;
                BizException stop = null;
                RuntimeException error = null;
                for (Future<RowOutcome> f : futures) {
                    RowOutcome o;
                    try {
                        o = f.get();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    } catch (ExecutionException e) {
                        error = e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
                        continue;
                    }
                    switch (o.kind()) {
                        case CALLED -> {
                            finished++;
                            if (o.answer().success() == 1) {
                                success++;
                            } else {
                                failed++;
                            }
                            if (o.answer().isFee() == 1) {
                                charged++;
                                fee = fee.add(o.answer().fee());
                            }
                        }
                        case REFUSED -> {
                            finished++;
                            failed++;
                        }
                        case STOP -> stop = o.stop();
                        case SKIPPED -> {
                        }
                    }
                }
                jdbc.update("""
                        update api_task set finished_count = finished_count + ?, success_count = success_count + ?,
                               fail_count = fail_count + ?, charged_count = charged_count + ?, fee = fee + ?,
                               heartbeat_at = ?, update_date = ?
                        where id = ? and state = 20 and worker_id = ?""",
                        finished, success, failed, charged, fee, ts(), ts(), task.id(), workerId());
                if (stop != null) {
                    fail(task, stop.getMessage());
                    return;
                }
                if (error != null && !stopping()) {
                    fail(task, "执行异常: " + error.getMessage());
                    return;
                }
            }
        } catch (RuntimeException e) {
            if (stopping()) {
                return; // the next owner resumes the open rows
            }
            log.warn("task {} failed: {}", task.taskNo(), e.toString());
            fail(task, "执行异常: " + e.getMessage());
        }
    }

    /** One row in one transaction: lock the open row, call, close the row (the call's record joins the transaction). */
    private RowOutcome callRow(Task task, CallPipeline.Caller caller, int rowNo) {
        return tx.execute(status -> {
            List<Map<String, Object>> found = jdbc.queryForList("""
                    select name, id_card, mobile from api_task_row
                    where task_id = ? and row_no = ? and state = 0 for update skip locked""", task.id(), rowNo);
            if (found.isEmpty()) {
                return new RowOutcome(Kind.SKIPPED, null, null);
            }
            Map<String, Object> row = found.get(0);
            OpenCallBody body = new OpenCallBody((String) row.get("name"), (String) row.get("id_card"),
                    (String) row.get("mobile"), task.encryption(), null, null, null,
                    "apiTask:" + task.taskNo() + ":" + rowNo);
            OpenAnswer answer;
            try {
                answer = pipeline.call(caller, task.checkItem(), body);
            } catch (BizException e) {
                if (e.code() == UPSTREAM_FAILED && e.data() instanceof OpenAnswer a) {
                    answer = a; // recorded as a failed call
                } else if (e.code() / 100 == 400) {
                    jdbc.update("""
                            update api_task_row set state = -10, success = 0, result_code = ?, result_msg = ?,
                                   is_fee = 0, fee = 0, finish_time = ?
                            where task_id = ? and row_no = ?""", e.code(), truncate(e.getMessage()), ts(), task.id(),
                            rowNo);
                    return new RowOutcome(Kind.REFUSED, null, null);
                } else {
                    return new RowOutcome(Kind.STOP, null, e);
                }
            }
            jdbc.update("""
                    update api_task_row set state = 10, seq_no = ?, success = ?, found = ?, result_code = ?,
                           result_msg = ?, result = ?, is_fee = ?, fee = ?, cache_flag = ?, finish_time = ?
                    where task_id = ? and row_no = ?""",
                    answer.seqNo(), answer.success(), answer.found(), answer.resultCode(),
                    truncate(answer.resultMsg()), answer.result() == null ? null : answer.result().toString(),
                    answer.isFee(), answer.fee(), answer.cacheFlag(), ts(), task.id(), rowNo);
            return new RowOutcome(Kind.CALLED, answer, null);
        });
    }

    private boolean heartbeat(long id) {
        return jdbc.update("update api_task set heartbeat_at = ? where id = ? and state = 20 and worker_id = ?",
                ts(), id, workerId()) == 1;
    }

    /** Progress counters from the rows (after a takeover the increments of the dead worker may be incomplete). */
    void recount(long id) {
        jdbc.update("""
                update api_task t set finished_count = x.finished, success_count = x.success, fail_count = x.failed,
                       charged_count = x.charged, fee = x.fee
                from (select count(*) filter (where state <> 0) as finished,
                             count(*) filter (where state = 10 and success = 1) as success,
                             count(*) filter (where state = -10 or (state = 10 and success = 0)) as failed,
                             count(*) filter (where is_fee = 1) as charged, coalesce(sum(fee), 0) as fee
                      from api_task_row where task_id = ?) x
                where t.id = ?""", id, id);
    }

    private void complete(Task task) {
        recount(task.id());
        String key = results.write(task.id());
        LocalDateTime now = LocalDateTime.now(clock);
        int n = jdbc.update("""
                update api_task set state = 30, result_key = ?, finish_time = ?, update_date = ?, worker_id = null,
                       heartbeat_at = null, error_msg = null
                where id = ? and state = 20 and worker_id = ?""",
                key, Timestamp.valueOf(now), Timestamp.valueOf(now), task.id(), workerId());
        if (n == 1) {
            log.info("task {} done", task.taskNo());
        }
    }

    private void fail(Task task, String message) {
        LocalDateTime now = LocalDateTime.now(clock);
        recount(task.id());
        jdbc.update("""
                update api_task set state = -10, error_msg = ?, finish_time = ?, update_date = ?, worker_id = null,
                       heartbeat_at = null
                where id = ? and state = 20 and worker_id = ?""",
                message == null ? "执行失败" : truncate(message), Timestamp.valueOf(now), Timestamp.valueOf(now),
                task.id(), workerId());
    }

    /** Clean shutdown: finish the rows in flight, hand the running task back so another instance takes it at once. */
    @PreDestroy
    public void stop() {
        halt();
        try {
            jdbc.update("update api_task set worker_id = null, heartbeat_at = null where state = 20 and worker_id = ?",
                    workerId());
        } catch (RuntimeException e) {
            log.debug("could not release tasks at shutdown: {}", e.toString());
        }
    }

    /**
     * Stops without handing anything back (as a crash would, but letting the rows in flight commit): the task stays
     * owned by this worker until its heartbeat is stale. Tests use it to simulate a dead instance.
     */
    public void halt() {
        stopLoop(false);
        rows.shutdown();
        try {
            awaitLoop();
            rows.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Timestamp ts() {
        return Timestamp.valueOf(LocalDateTime.now(clock));
    }

    private static String truncate(String s) {
        return s == null || s.length() <= 500 ? s : s.substring(0, 500);
    }
}
