package com.nuoer.apicall.usage;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Usage aggregates per dept × product × day (and hour, and per price and upstream) maintained as calls happen:
 * committed calls add to in-memory counters that are flushed every second as additive upserts (one write per key and
 * second instead of a hot row per call). A crash can lose at most the last second of increments; the day-close job
 * recomputes every day from the records (the authoritative source), so closed days are always exact.
 */
@Component
public class UsageAccumulator {

    private static final Logger log = LoggerFactory.getLogger(UsageAccumulator.class);

    /** One committed call, as the aggregates see it. */
    public record Call(LocalDateTime at, Long deptId, String checkItem, boolean success, boolean cache, boolean free,
                       boolean charged, BigDecimal fee, BigDecimal price, List<Upstream> upstreams) {
    }

    public record Upstream(Long upstreamConfigId, boolean isFee, BigDecimal cost) {
    }

    private record DayKey(LocalDate day, Long deptId, String checkItem) {
    }

    private record HourKey(LocalDateTime hour, Long deptId, String checkItem) {
    }

    private record PriceKey(DayKey day, BigDecimal price) {
    }

    private record UpKey(DayKey day, Long configId) {
    }

    private static final class Counts {
        long calls, success, cache, free, charge, feeCount;
        BigDecimal fee = BigDecimal.ZERO;
        BigDecimal cost = BigDecimal.ZERO;
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;
    private volatile Map<Object, Counts> pending = new ConcurrentHashMap<>();
    private final java.util.concurrent.locks.ReentrantReadWriteLock swap = new java.util.concurrent.locks.ReentrantReadWriteLock();

    public UsageAccumulator(JdbcTemplate jdbc, TransactionTemplate tx, Clock clock) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
    }

    public void add(Call c) {
        swap.readLock().lock();
        try {
            addLocked(c);
        } finally {
            swap.readLock().unlock();
        }
    }

    private void addLocked(Call c) {
        DayKey day = new DayKey(c.at().toLocalDate(), c.deptId(), c.checkItem());
        Map<Object, Counts> p = pending;
        bump(p, day, c);
        bump(p, new HourKey(c.at().truncatedTo(ChronoUnit.HOURS), c.deptId(), c.checkItem()), c);
        if (c.charged() && c.price() != null) {
            bump(p, new PriceKey(day, c.price().setScale(4, java.math.RoundingMode.HALF_UP)), c);
        }
        for (Upstream u : c.upstreams()) {
            p.compute(new UpKey(day, u.upstreamConfigId()), (k, v) -> {
                Counts n = v == null ? new Counts() : v;
                n.calls++;
                if (u.isFee()) {
                    n.feeCount++;
                    n.cost = n.cost.add(u.cost());
                }
                return n;
            });
        }
    }

    private static void bump(Map<Object, Counts> p, Object key, Call c) {
        p.compute(key, (k, v) -> {
            Counts n = v == null ? new Counts() : v;
            n.calls++;
            if (c.success()) {
                n.success++;
            }
            if (c.cache()) {
                n.cache++;
            }
            if (c.free()) {
                n.free++;
            }
            if (c.charged()) {
                n.charge++;
                n.fee = n.fee.add(c.fee());
            }
            return n;
        });
    }

    @Scheduled(fixedDelayString = "${nuoer.apicall.usage.flush-millis:1000}")
    public void flush() {
        Map<Object, Counts> batch;
        swap.writeLock().lock();
        try {
            if (pending.isEmpty()) {
                return;
            }
            batch = pending;
            pending = new ConcurrentHashMap<>();
        } finally {
            swap.writeLock().unlock();
        }
        try {
            write(batch);
        } catch (RuntimeException e) {
            log.warn("usage flush failed ({} keys), merged back for the next flush: {}", batch.size(), e.toString());
            batch.forEach((k, v) -> pending.merge(k, v, UsageAccumulator::merge));
        }
    }

    private static Counts merge(Counts a, Counts b) {
        a.calls += b.calls;
        a.success += b.success;
        a.cache += b.cache;
        a.free += b.free;
        a.charge += b.charge;
        a.feeCount += b.feeCount;
        a.fee = a.fee.add(b.fee);
        a.cost = a.cost.add(b.cost);
        return a;
    }

    private void write(Map<Object, Counts> batch) {
        Timestamp now = Timestamp.valueOf(LocalDateTime.now(clock));
        List<Object[]> days = new ArrayList<>();
        List<Object[]> hours = new ArrayList<>();
        List<Object[]> prices = new ArrayList<>();
        List<Object[]> ups = new ArrayList<>();
        batch.forEach((k, c) -> {
            if (k instanceof DayKey d) {
                days.add(new Object[] {Date.valueOf(d.day()), d.deptId(), d.checkItem(), c.calls, c.success, c.cache,
                        c.free, c.charge, c.fee, now});
            } else if (k instanceof HourKey h) {
                hours.add(new Object[] {Timestamp.valueOf(h.hour()), h.deptId(), h.checkItem(), c.calls, c.success,
                        c.cache, c.charge, c.fee});
            } else if (k instanceof PriceKey p) {
                prices.add(new Object[] {Date.valueOf(p.day().day()), p.day().deptId(), p.day().checkItem(), p.price(),
                        c.charge, c.fee});
            } else if (k instanceof UpKey u) {
                ups.add(new Object[] {Date.valueOf(u.day().day()), u.day().deptId(), u.day().checkItem(), u.configId(),
                        c.calls, c.feeCount, c.cost});
            }
        });
        tx.executeWithoutResult(s -> {
            jdbc.batchUpdate("""
                    insert into usage_day (usage_date, dept_id, check_item, call_count, success_count, cache_count,
                                           free_count, charge_count, fee, version, updated_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)
                    on conflict (usage_date, dept_id, check_item) do update set
                        call_count = usage_day.call_count + excluded.call_count,
                        success_count = usage_day.success_count + excluded.success_count,
                        cache_count = usage_day.cache_count + excluded.cache_count,
                        free_count = usage_day.free_count + excluded.free_count,
                        charge_count = usage_day.charge_count + excluded.charge_count,
                        fee = usage_day.fee + excluded.fee, version = usage_day.version + 1,
                        updated_at = excluded.updated_at""", days);
            jdbc.batchUpdate("""
                    insert into usage_hour (usage_hour, dept_id, check_item, call_count, success_count, cache_count,
                                            charge_count, fee)
                    values (?, ?, ?, ?, ?, ?, ?, ?)
                    on conflict (usage_hour, dept_id, check_item) do update set
                        call_count = usage_hour.call_count + excluded.call_count,
                        success_count = usage_hour.success_count + excluded.success_count,
                        cache_count = usage_hour.cache_count + excluded.cache_count,
                        charge_count = usage_hour.charge_count + excluded.charge_count,
                        fee = usage_hour.fee + excluded.fee""", hours);
            jdbc.batchUpdate("""
                    insert into usage_day_price (usage_date, dept_id, check_item, price, charge_count, fee)
                    values (?, ?, ?, ?, ?, ?)
                    on conflict (usage_date, dept_id, check_item, price) do update set
                        charge_count = usage_day_price.charge_count + excluded.charge_count,
                        fee = usage_day_price.fee + excluded.fee""", prices);
            jdbc.batchUpdate("""
                    insert into usage_day_upstream (usage_date, dept_id, check_item, upstream_config_id, call_count,
                                                    fee_count, cost)
                    values (?, ?, ?, ?, ?, ?, ?)
                    on conflict (usage_date, dept_id, check_item, upstream_config_id) do update set
                        call_count = usage_day_upstream.call_count + excluded.call_count,
                        fee_count = usage_day_upstream.fee_count + excluded.fee_count,
                        cost = usage_day_upstream.cost + excluded.cost""", ups);
        });
    }
}
