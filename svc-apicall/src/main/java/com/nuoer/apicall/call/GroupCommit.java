package com.nuoer.apicall.call;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Group commit: callers hand their write to a bounded queue and wait; writer threads take whatever is queued (up to
 * {@code maxBatch}) and write it in ONE transaction ({@link BatchWrite}, all or nothing), then complete every caller.
 * A caller is answered only after its write is committed — nothing is acknowledged before it is durable. When a
 * batch fails, each of its writes is retried alone, so one bad write fails only its own caller (with the original
 * error) and leaves nothing behind; the others still commit. A full queue blocks the callers (back-pressure).
 * Not started (or stopped) = every write runs on the caller's thread, alone.
 */
final class GroupCommit<I, O> {

    /** Writes a batch in one transaction: one output per input, in order, or an exception and nothing written. */
    @FunctionalInterface
    interface BatchWrite<I, O> {
        List<O> write(List<I> batch);
    }

    private record Pending<I, O>(I input, CompletableFuture<O> result) {
    }

    private static final Logger log = LoggerFactory.getLogger(GroupCommit.class);

    private final String name;
    private final BlockingQueue<Pending<I, O>> queue;
    private final int maxBatch;
    private final int writers;
    private final BatchWrite<I, O> write;
    private final List<Thread> threads = new ArrayList<>();
    private final AtomicLong batches = new AtomicLong();
    private final AtomicLong written = new AtomicLong();
    private final AtomicLong failedBatches = new AtomicLong();
    private volatile boolean running;
    /** Writers take batches under the read lock; {@link #pause()} (tests) holds the write lock. */
    private final ReentrantReadWriteLock gate = new ReentrantReadWriteLock();

    GroupCommit(String name, int capacity, int maxBatch, int writers, BatchWrite<I, O> write) {
        this.name = name;
        this.queue = new ArrayBlockingQueue<>(Math.max(1, capacity));
        this.maxBatch = Math.max(1, maxBatch);
        this.writers = Math.max(1, writers);
        this.write = write;
    }

    synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        for (int i = 0; i < writers; i++) {
            Thread t = new Thread(this::loop, name + "-" + i);
            t.setDaemon(true);
            t.start();
            threads.add(t);
        }
    }

    /** Stops taking new writes into the queue; what is queued is still written before the writers end. */
    synchronized void stop() {
        running = false;
        for (Thread t : threads) {
            try {
                t.join(30_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        threads.clear();
        // a write queued in the instant the writers ended
        List<Pending<I, O>> rest = new ArrayList<>();
        queue.drainTo(rest);
        rest.forEach(p -> flush(List.of(p)));
    }

    boolean running() {
        return running;
    }

    /** Writes {@code input} (with others) and returns its output once committed; the write's own error otherwise. */
    O submit(I input) {
        if (!running) {
            return write.write(List.of(input)).get(0);
        }
        Pending<I, O> p = new Pending<>(input, new CompletableFuture<>());
        try {
            queue.put(p);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted before the call was recorded", e);
        }
        if (!running && queue.remove(p)) {
            return write.write(List.of(input)).get(0); // stopped in between: nobody will take it
        }
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return p.result().get();
                } catch (InterruptedException e) {
                    // once queued the write may already be in a transaction: its outcome must be the answer
                    interrupted = true;
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException r) {
                        throw r;
                    }
                    if (e.getCause() instanceof Error err) {
                        throw err;
                    }
                    throw new IllegalStateException(e.getCause());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void loop() {
        List<Pending<I, O>> batch = new ArrayList<>(maxBatch);
        while (running || !queue.isEmpty()) {
            boolean locked = false;
            try {
                locked = gate.readLock().tryLock(100, TimeUnit.MILLISECONDS);
                if (!locked) {
                    continue;
                }
                Pending<I, O> first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, maxBatch - 1);
                flush(batch);
            } catch (InterruptedException e) {
                if (!running) {
                    break;
                }
            } catch (Throwable t) {
                log.error("{}: writer error", name, t);
                batch.forEach(p -> p.result().completeExceptionally(t));
            } finally {
                batch.clear();
                if (locked) {
                    gate.readLock().unlock();
                }
            }
        }
    }

    private void flush(List<Pending<I, O>> batch) {
        try {
            List<O> out = write.write(batch.stream().map(Pending::input).toList());
            batches.incrementAndGet();
            written.addAndGet(batch.size());
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).result().complete(out.get(i));
            }
        } catch (RuntimeException | Error e) {
            failedBatches.incrementAndGet();
            if (batch.size() == 1) {
                batch.get(0).result().completeExceptionally(e);
                return;
            }
            log.warn("{}: a batch of {} writes failed ({}); writing them one by one", name, batch.size(), e.toString());
            for (Pending<I, O> p : batch) {
                flush(List.of(p));
            }
        }
    }

    /** Tests: hold the writers once their current batch is done (queued writes wait); {@link #resume()} on the same thread. */
    void pause() {
        gate.writeLock().lock();
    }

    void resume() {
        while (gate.isWriteLockedByCurrentThread()) {
            gate.writeLock().unlock();
        }
    }

    int queued() {
        return queue.size();
    }

    /** Committed batches, writes committed through them, failed batches. */
    long[] stats() {
        return new long[] {batches.get(), written.get(), failedBatches.get()};
    }
}
