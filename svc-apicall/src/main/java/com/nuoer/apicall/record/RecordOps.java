package com.nuoer.apicall.record;

import com.nuoer.apicall.call.SeqNos;
import com.nuoer.apicall.record.RecordDtos.RetryResult;
import com.nuoer.apicall.record.RecordDtos.TemplateSyncResult;
import com.nuoer.apicall.usage.UsagePublisher;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The legacy ops hooks of /mt/crm/api (domain.md §6-25, §6-32): health, 补偿 and template sync, each safe to call
 * any number of times. 补偿 (retryDexMock) recomputes and republishes the usage of the given records' days — the
 * compensation billing needs when a record was fixed by hand.
 */
@Component
public class RecordOps {

    private static final Logger log = LoggerFactory.getLogger(RecordOps.class);

    private final JdbcTemplate jdbc;
    private final StringRedisTemplate redis;
    private final UsagePublisher usage;

    public RecordOps(JdbcTemplate jdbc, StringRedisTemplate redis, UsagePublisher usage) {
        this.jdbc = jdbc;
        this.redis = redis;
        this.usage = usage;
    }

    public String health() {
        jdbc.queryForObject("select 1", Integer.class);
        redis.hasKey("nuoer:apicall:health");
        return "ok";
    }

    @Transactional
    public RetryResult retry(List<String> seqNos) {
        List<String> missing = new ArrayList<>();
        Set<UsagePublisher.Key> keys = new LinkedHashSet<>();
        for (String seqNo : new LinkedHashSet<>(seqNos)) {
            LocalDate day = SeqNos.dayOf(seqNo);
            var row = day == null ? List.<UsagePublisher.Key>of() : jdbc.query("""
                    select dept_id, check_item from api_record where seq_no = ? and create_date >= ? and create_date < ?""",
                    (rs, i) -> new UsagePublisher.Key(day, rs.getLong(1), rs.getString(2)), seqNo,
                    java.sql.Timestamp.valueOf(day.atStartOfDay()), java.sql.Timestamp.valueOf(day.plusDays(1).atStartOfDay()));
            if (row.isEmpty()) {
                missing.add(seqNo);
            } else {
                keys.add(row.get(0));
            }
        }
        keys.forEach(usage::republish);
        log.info("retryDexMock: {} record(s), {} usage key(s) republished, {} unknown", seqNos.size(), keys.size(),
                missing.size());
        return new RetryResult(seqNos.size(), seqNos.size() - missing.size(), missing);
    }

    public TemplateSyncResult templateSync(List<Long> templateIds) {
        log.info("historyRsTemplateSync requested for {} template(s): nothing to sync on this platform", templateIds.size());
        return new TemplateSyncResult(templateIds.size(), 0);
    }
}
