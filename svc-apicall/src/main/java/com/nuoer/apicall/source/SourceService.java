package com.nuoer.apicall.source;

import com.nuoer.apicall.catalog.CatalogErrors;
import com.nuoer.apicall.catalog.CheckItemRepository;
import com.nuoer.common.error.BizException;
import com.nuoer.common.error.ErrorCode;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Use cases of data sources and upstream configurations, and their sync twins (F16: upsert by natural key —
 * dataSourceCode; (checkItem, data source, scene)). Deletes are soft and idempotent; save revives a deleted row of
 * the same natural key.
 */
@Service
public class SourceService {

    private static final Logger log = LoggerFactory.getLogger(SourceService.class);

    private final DataSourceRepository sources;
    private final UpstreamConfigRepository upstreams;
    private final CheckItemRepository items;
    private final CredentialCipher cipher;
    private final Clock clock;

    public SourceService(DataSourceRepository sources, UpstreamConfigRepository upstreams, CheckItemRepository items,
                         CredentialCipher cipher, Clock clock) {
        this.sources = sources;
        this.upstreams = upstreams;
        this.items = items;
        this.cipher = cipher;
        this.clock = clock;
    }

    // ------------------------------------------------------------------ data sources

    /**
     * 3.10.15 datasource/save: with id = rename (the code cannot change: 40931); without id = create (code and name
     * required; an existing code is refused with 40930 unless the request repeats its name).
     */
    @Transactional
    public DataSource saveDataSource(Long id, String code, String name) {
        LocalDateTime now = LocalDateTime.now(clock);
        String c = trim(code);
        String n = trim(name);
        if (id != null) {
            DataSource d = sources.findById(id).filter(s -> !s.isDeleted())
                    .orElseThrow(() -> BizException.notFound("数据源"));
            if (c != null && !c.equals(d.getDataSourceCode())) {
                throw CatalogErrors.DATA_SOURCE_CODE_IMMUTABLE.exception();
            }
            if (n != null) {
                d.rename(n, now);
            }
            return d;
        }
        requireCodeAndName(c, n);
        var existing = sources.findByDataSourceCode(c);
        if (existing.isPresent()) {
            DataSource d = existing.get();
            if (d.isDeleted()) {
                d.rename(n, now);
                return d;
            }
            if (d.getDataSourceName().equals(n)) {
                return d;
            }
            throw CatalogErrors.DATA_SOURCE_EXISTS.exception("数据源编号已存在: " + c);
        }
        return sources.save(DataSource.create(c, n, now));
    }

    /** 3.10.16 datasource/syncSave: upsert by dataSourceCode (ids differ between environments). */
    @Transactional
    public DataSource syncSaveDataSource(String code, String name) {
        String c = trim(code);
        String n = trim(name);
        requireCodeAndName(c, n);
        LocalDateTime now = LocalDateTime.now(clock);
        DataSource d = sources.findByDataSourceCode(c).orElse(null);
        if (d == null) {
            d = sources.save(DataSource.create(c, n, now));
        } else {
            d.rename(n, now);
        }
        log.info("datasource syncSave {} applied", c);
        return d;
    }

    /** 3.10.17 datasource/delete: refused for built-in sources and sources still used by upstream configurations. */
    @Transactional
    public DataSource deleteDataSource(Long id) {
        DataSource d = sources.findById(id).orElseThrow(() -> BizException.notFound("数据源"));
        if (d.isDeleted()) {
            return d;
        }
        if (d.isBuiltin()) {
            throw CatalogErrors.DATA_SOURCE_BUILTIN.exception();
        }
        if (upstreams.existsByDataSourceIdAndDeletedFalse(id)) {
            throw CatalogErrors.DATA_SOURCE_IN_USE.exception();
        }
        d.delete(LocalDateTime.now(clock));
        return d;
    }

    // ------------------------------------------------------------------ upstream configurations

    /** What save / syncSave receive (the seed's body without syncOtherEnv). */
    public record UpstreamCommand(Long id, String checkItem, Long dataSourceId, String datasourceCode, String scene,
                                  UpstreamSpec spec) {
    }

    /**
     * 3.10.19 upstream/save: with id = edit (product, data source and scene cannot change: 40941); without id =
     * create (an existing (checkItem, data source, scene) is refused with 40940; a deleted one is revived).
     */
    private com.nuoer.common.audit.AuditTrail audit;

    @org.springframework.beans.factory.annotation.Autowired
    void setAuditTrail(com.nuoer.common.audit.AuditTrail audit) {
        this.audit = audit;
    }

    @Transactional
    public UpstreamConfig saveUpstream(UpstreamCommand cmd) {
        LocalDateTime now = LocalDateTime.now(clock);
        if (cmd.id() != null) {
            UpstreamConfig u = upstreams.findById(cmd.id()).filter(x -> !x.isDeleted())
                    .orElseThrow(() -> BizException.notFound("上游配置"));
            if (!u.getCheckItem().equals(trim(cmd.checkItem()))
                    || (hasSource(cmd) && !dataSource(cmd).getId().equals(u.getDataSourceId()))
                    || (cmd.scene() != null && !Objects.equals(trimToEmpty(cmd.scene()), u.getScene()))) {
                throw CatalogErrors.UPSTREAM_IMMUTABLE.exception();
            }
            var before = u.auditView(cipher);
            u.update(cmd.spec(), cipher, now);
            audit.record("upstream.edit", "upstream", u.getId(), before, u.auditView(cipher));
            return u;
        }
        String checkItem = product(cmd.checkItem());
        DataSource source = dataSource(cmd);
        String scene = trimToEmpty(cmd.scene());
        var existing = upstreams.findByCheckItemAndDataSourceIdAndScene(checkItem, source.getId(), scene);
        if (existing.isPresent()) {
            if (!existing.get().isDeleted()) {
                throw CatalogErrors.UPSTREAM_EXISTS.exception();
            }
            var before = existing.get().auditView(cipher);
            existing.get().update(cmd.spec(), cipher, now);
            audit.record("upstream.revive", "upstream", existing.get().getId(), before,
                    existing.get().auditView(cipher));
            return existing.get();
        }
        requireService(cmd.spec());
        UpstreamConfig created = upstreams.saveAndFlush(UpstreamConfig.create(checkItem, source.getId(), scene,
                cmd.spec(), cipher, now));
        audit.record("upstream.create", "upstream", created.getId(), null, created.auditView(cipher));
        return created;
    }

    /** 3.10.20 upstream/syncSave: upsert by (checkItem, data source, scene); the id of the other environment is ignored. */
    @Transactional
    public UpstreamConfig syncSaveUpstream(UpstreamCommand cmd) {
        LocalDateTime now = LocalDateTime.now(clock);
        String checkItem = product(cmd.checkItem());
        DataSource source = dataSource(cmd);
        String scene = trimToEmpty(cmd.scene());
        UpstreamConfig u = upstreams.findByCheckItemAndDataSourceIdAndScene(checkItem, source.getId(), scene)
                .orElse(null);
        var before = u == null ? null : u.auditView(cipher);
        if (u == null) {
            requireService(cmd.spec());
            u = upstreams.saveAndFlush(UpstreamConfig.create(checkItem, source.getId(), scene, cmd.spec(), cipher,
                    now));
        } else {
            u.update(cmd.spec(), cipher, now);
        }
        audit.record("upstream.syncSave", "upstream", u.getId(), before, u.auditView(cipher));
        log.info("upstream syncSave {}/{}/{} applied", checkItem, source.getDataSourceCode(), scene);
        return u;
    }

    /** 3.10.21 upstream/delete (soft, idempotent). */
    @Transactional
    public UpstreamConfig deleteUpstream(Long id) {
        UpstreamConfig u = upstreams.findById(id).orElseThrow(() -> BizException.notFound("上游配置"));
        if (!u.isDeleted()) {
            var before = u.auditView(cipher);
            u.delete(LocalDateTime.now(clock));
            audit.record("upstream.delete", "upstream", u.getId(), before, u.auditView(cipher));
        }
        return u;
    }

    private String product(String code) {
        String c = trim(code);
        return items.findByCode(c == null ? "" : c).filter(i -> !i.isDeleted())
                .orElseThrow(() -> BizException.notFound("产品")).getCode();
    }

    private static boolean hasSource(UpstreamCommand cmd) {
        return cmd.dataSourceId() != null || trim(cmd.datasourceCode()) != null;
    }

    /** 「dataSourceId、datasourceCode必传其一」; the code wins when both are given (ids differ between environments). */
    private DataSource dataSource(UpstreamCommand cmd) {
        String code = trim(cmd.datasourceCode());
        if (code == null && cmd.dataSourceId() == null) {
            throw new BizException(ErrorCode.VALIDATION_FAILED, "dataSourceId、datasourceCode 必须传其一");
        }
        var found = code != null ? sources.findByDataSourceCode(code) : sources.findById(cmd.dataSourceId());
        return found.filter(d -> !d.isDeleted()).orElseThrow(() -> BizException.notFound("数据源"));
    }

    private static void requireService(UpstreamSpec spec) {
        if (spec.service() == null || spec.service().isBlank()) {
            throw new BizException(ErrorCode.VALIDATION_FAILED, "service: 不能为空");
        }
    }

    private static void requireCodeAndName(String code, String name) {
        if (code == null) {
            throw new BizException(ErrorCode.VALIDATION_FAILED, "dataSourceCode: 新增数据源时不能为空");
        }
        if (name == null) {
            throw new BizException(ErrorCode.VALIDATION_FAILED, "dataSourceName: 新增数据源时不能为空");
        }
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static String trimToEmpty(String s) {
        return s == null ? "" : s.trim();
    }
}
