package com.nuoer.apicall.usage;

import com.nuoer.common.messaging.EventTypes;
import com.nuoer.common.messaging.OutboxPublisher;
import com.nuoer.common.messaging.Topics;
import com.nuoer.common.messaging.events.UsageAggregated;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes {@link UsageAggregated} (flows F6-1, F13-1): a snapshot of every dept × product × day key that changed,
 * at most every minute (≤ 5 min as agreed), a final one ({@code closed = true}) when the day is closed at T+1 00:10 —
 * recomputed from the records, which also heals increments lost in a crash — and one right away when a record of
 * the day is corrected. {@code version} rises with every change of the key; consumers keep the highest.
 */
@Component
public class UsagePublisher {

    private static final Logger log = LoggerFactory.getLogger(UsagePublisher.class);

    public record Key(LocalDate day, Long deptId, String checkItem) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final OutboxPublisher outbox;
    private final UsageAccumulator accumulator;
    private final Clock clock;

    public UsagePublisher(JdbcTemplate jdbc, TransactionTemplate tx, OutboxPublisher outbox,
                          UsageAccumulator accumulator, Clock clock) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.outbox = outbox;
        this.accumulator = accumulator;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${nuoer.apicall.usage.publish-millis:60000}", initialDelayString = "PT20S")
    @SchedulerLock(name = "apicall.usagePublish", lockAtMostFor = "PT5M")
    public void publishChangedScheduled() {
        int n = publishChanged();
        if (n > 0) {
            log.debug("published {} usage snapshot(s)", n);
        }
    }

    /** Snapshots of the keys changed since their last publication; returns how many. */
    public int publishChanged() {
        accumulator.flush();
        Integer n = tx.execute(s -> {
            List<Key> keys = jdbc.query("""
                    select usage_date, dept_id, check_item from usage_day where version > published_version
                    order by usage_date, dept_id, check_item limit 2000 for update skip locked""",
                    (rs, i) -> new Key(rs.getDate(1).toLocalDate(), rs.getLong(2), rs.getString(3)));
            keys.forEach(k -> publish(k, false));
            return keys.size();
        });
        return n == null ? 0 : n;
    }

    /** T+1 00:10: the final snapshots of yesterday, recomputed from the records. */
    @Scheduled(cron = "${nuoer.apicall.usage.close-cron:0 10 0 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "apicall.usageDayClose", lockAtMostFor = "PT30M")
    public void closeYesterday() {
        closeDay(LocalDate.now(clock).minusDays(1));
    }

    public int closeDay(LocalDate day) {
        accumulator.flush();
        Integer n = tx.execute(s -> {
            List<Key> keys = jdbc.query("""
                    select distinct dept_id, check_item from api_record where create_date >= ? and create_date < ?
                    union select dept_id, check_item from usage_day where usage_date = ?""",
                    (rs, i) -> new Key(day, rs.getLong(1), rs.getString(2)),
                    Timestamp.valueOf(day.atStartOfDay()), Timestamp.valueOf(day.plusDays(1).atStartOfDay()),
                    Date.valueOf(day));
            for (Key k : keys) {
                recompute(k);
                jdbc.update("update usage_day set closed = true where usage_date = ? and dept_id = ? and check_item = ?",
                        Date.valueOf(k.day()), k.deptId(), k.checkItem());
                publish(k, true);
            }
            return keys.size();
        });
        return n == null ? 0 : n;
    }

    /** Inside the caller's transaction (editApiRecord): recompute the key from the records and publish it. */
    @Transactional
    public void republish(Key k) {
        recompute(k);
        Boolean closed = jdbc.query("select closed from usage_day where usage_date = ? and dept_id = ? and check_item = ?",
                (rs, i) -> rs.getBoolean(1), Date.valueOf(k.day()), k.deptId(), k.checkItem()).stream().findFirst()
                .orElse(false);
        publish(k, closed);
    }

    /** Overwrites the key's aggregates with what the records say (version + 1). */
    void recompute(Key k) {
        Timestamp from = Timestamp.valueOf(k.day().atStartOfDay());
        Timestamp to = Timestamp.valueOf(k.day().plusDays(1).atStartOfDay());
        Date d = Date.valueOf(k.day());
        Timestamp now = Timestamp.valueOf(LocalDateTime.now(clock));
        jdbc.update("""
                insert into usage_day (usage_date, dept_id, check_item, call_count, success_count, cache_count, free_count,
                                       charge_count, fee, version, updated_at)
                select ?, ?, ?, count(*), count(*) filter (where success = 1), count(*) filter (where cache_flag = 1),
                       count(*) filter (where free), count(*) filter (where is_fee = 1),
                       coalesce(sum(fee) filter (where is_fee = 1), 0), 1, ?
                from api_record where dept_id = ? and check_item = ? and create_date >= ? and create_date < ?
                on conflict (usage_date, dept_id, check_item) do update set call_count = excluded.call_count,
                    success_count = excluded.success_count, cache_count = excluded.cache_count,
                    free_count = excluded.free_count, charge_count = excluded.charge_count, fee = excluded.fee,
                    version = usage_day.version + 1, updated_at = excluded.updated_at""",
                d, k.deptId(), k.checkItem(), now, k.deptId(), k.checkItem(), from, to);
        jdbc.update("delete from usage_day_price where usage_date = ? and dept_id = ? and check_item = ?", d, k.deptId(), k.checkItem());
        jdbc.update("""
                insert into usage_day_price (usage_date, dept_id, check_item, price, charge_count, fee)
                select ?, ?, ?, coalesce(price, 0), count(*), sum(fee) from api_record
                where dept_id = ? and check_item = ? and create_date >= ? and create_date < ? and is_fee = 1
                group by coalesce(price, 0)""", d, k.deptId(), k.checkItem(), k.deptId(), k.checkItem(), from, to);
        jdbc.update("delete from usage_day_upstream where usage_date = ? and dept_id = ? and check_item = ?", d, k.deptId(), k.checkItem());
        jdbc.update("""
                insert into usage_day_upstream (usage_date, dept_id, check_item, upstream_config_id, call_count, fee_count, cost)
                select ?, ?, ?, u.upstream_config_id, count(*), count(*) filter (where u.is_fee = 1), sum(u.cost)
                from upstream_record u join api_record a on a.seq_no = u.seq_no and a.create_date >= ? and a.create_date < ?
                where a.dept_id = ? and a.check_item = ? and u.create_date >= ? and u.create_date < ?
                  and u.upstream_config_id is not null
                group by u.upstream_config_id""", d, k.deptId(), k.checkItem(), from, to, k.deptId(), k.checkItem(), from, to);
    }

    /** Writes the key's snapshot to the outbox and marks it published. */
    void publish(Key k, boolean closed) {
        Date d = Date.valueOf(k.day());
        Map<String, Object> row = jdbc.queryForList("""
                select u.*, dv.app_id, dv.organization_id, dv.user_id, c.item_name,
                       (select merchant_id from dept_item_view i where i.dept_id = u.dept_id and i.check_item = u.check_item
                        limit 1) as merchant_id
                from usage_day u left join dept_view dv on dv.dept_id = u.dept_id
                     left join check_item c on c.check_item = u.check_item
                where u.usage_date = ? and u.dept_id = ? and u.check_item = ?""", d, k.deptId(), k.checkItem())
                .stream().findFirst().orElse(null);
        if (row == null) {
            return;
        }
        List<UsageAggregated.PriceLine> lines = jdbc.query("""
                select price, charge_count, fee from usage_day_price where usage_date = ? and dept_id = ? and check_item = ?
                order by price""", (rs, i) -> new UsageAggregated.PriceLine(rs.getBigDecimal(1), rs.getLong(2),
                rs.getBigDecimal(3).setScale(2, RoundingMode.HALF_UP)), d, k.deptId(), k.checkItem());
        List<UsageAggregated.UpstreamUsage> ups = jdbc.query("""
                select u.upstream_config_id, c.data_source_id, s.data_source_code, s.data_source_name, u.call_count,
                       u.fee_count, u.cost
                from usage_day_upstream u left join upstream_config c on c.id = u.upstream_config_id
                     left join data_source s on s.id = c.data_source_id
                where u.usage_date = ? and u.dept_id = ? and u.check_item = ? order by u.upstream_config_id""",
                (rs, i) -> new UsageAggregated.UpstreamUsage(rs.getLong(1), (Long) rs.getObject(2), rs.getString(3),
                        rs.getString(4), rs.getLong(5), rs.getLong(6), rs.getBigDecimal(7)), d, k.deptId(), k.checkItem());
        long version = ((Number) row.get("version")).longValue();
        UsageAggregated event = new UsageAggregated(k.day(), k.deptId(), (String) row.get("app_id"),
                (Long) row.get("organization_id"), (Long) row.get("merchant_id"), (Long) row.get("user_id"),
                k.checkItem(), (String) row.get("item_name"), num(row, "call_count"), num(row, "success_count"),
                num(row, "cache_count"), num(row, "free_count"), num(row, "charge_count"),
                ((BigDecimal) row.get("fee")).setScale(2, RoundingMode.HALF_UP), lines, ups, closed, version,
                LocalDateTime.now(clock));
        outbox.publish(Topics.APICALL_EVENT, EventTypes.USAGE_AGGREGATED, k.day() + ":" + k.deptId() + ":" + k.checkItem(),
                event);
        jdbc.update("update usage_day set published_version = ? where usage_date = ? and dept_id = ? and check_item = ?",
                version, d, k.deptId(), k.checkItem());
    }

    private static long num(Map<String, Object> row, String col) {
        Object v = row.get(col);
        return v == null ? 0 : ((Number) v).longValue();
    }
}
