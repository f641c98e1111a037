package com.nuoer.apicall.worker;

import java.lang.management.ManagementFactory;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;

/**
 * The background loop shared by the services' database-backed workers (model matches, batch tasks): jobs live in a
 * table, a worker {@link #claim() claims} one at a time (its own {@link #workerId()} + a heartbeat, so a dead
 * instance's job is taken over) and {@link #runClaimed runs} it, until none is left. {@link #wake()} starts such a
 * round on the worker's own thread unless one is under way; subclasses call it on a poll schedule of their own and
 * after a submit; it also runs once the application is ready.
 */
public abstract class ClaimLoop {

    private static final Logger log = LoggerFactory.getLogger(ClaimLoop.class);

    private final String workerId = ManagementFactory.getRuntimeMXBean().getName() + ":"
            + UUID.randomUUID().toString().substring(0, 8);
    private final ExecutorService loop;
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private volatile boolean stopping;

    protected ClaimLoop(String threadName) {
        this.loop = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
    }

    /** Claims one open job for this worker, if any. */
    protected abstract Optional<Long> claim();

    /** Runs a job this worker has claimed. */
    protected abstract void runClaimed(long id);

    public String workerId() {
        return workerId;
    }

    protected boolean stopping() {
        return stopping;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void onStart() {
        wake();
    }

    /** Looks for work in the background (no-op while a look is already under way). */
    public void wake() {
        if (stopping || !scheduled.compareAndSet(false, true)) {
            return;
        }
        try {
            loop.submit(() -> {
                try {
                    drain();
                } catch (RuntimeException e) {
                    log.warn("{} round failed: {}", getClass().getSimpleName(), e.toString());
                } finally {
                    scheduled.set(false);
                }
            });
        } catch (RuntimeException e) {
            scheduled.set(false);
        }
    }

    /** Runs claimable jobs one after the other in the calling thread until none is left; returns how many ran. */
    public int drain() {
        int n = 0;
        Optional<Long> next;
        while (!stopping && (next = claim()).isPresent()) {
            runClaimed(next.get());
            n++;
        }
        return n;
    }

    /** No new rounds; {@code interrupt} interrupts the running one, else it may finish ({@link #awaitLoop}). */
    protected void stopLoop(boolean interrupt) {
        stopping = true;
        if (interrupt) {
            loop.shutdownNow();
        } else {
            loop.shutdown();
        }
    }

    /** Waits up to 30 s for the running round to end after {@link #stopLoop}. */
    protected void awaitLoop() throws InterruptedException {
        loop.awaitTermination(30, TimeUnit.SECONDS);
    }
}
