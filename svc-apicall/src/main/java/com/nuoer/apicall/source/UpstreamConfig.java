package com.nuoer.apicall.source;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * An upstream configuration (上游配置, legacy check_config): how product {@code checkItem} is fetched from data
 * source {@code dataSourceId} in {@code scene} ('' = default), tried by ascending {@code priority}. The product and
 * the data source never change (natural key). Credentials are held encrypted only ({@link CredentialCipher}).
 */
@Entity
@Table(name = "upstream_config")
public class UpstreamConfig {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false, updatable = false)
    private String checkItem;
    @Column(nullable = false, updatable = false)
    private Long dataSourceId;
    @Column(nullable = false, updatable = false)
    private String scene;
    private int priority;
    private String service;
    private String reqKey;
    private String reqSecret;
    private String reqUrl;
    private BigDecimal cost;
    private String costDetail;
    private String extra;
    private boolean deleted;
    @Version
    private long version;
    @Column(updatable = false)
    private LocalDateTime createDate;
    private LocalDateTime updateDate;

    protected UpstreamConfig() {
    }

    public static UpstreamConfig create(String checkItem, Long dataSourceId, String scene, UpstreamSpec spec,
                                        CredentialCipher cipher, LocalDateTime now) {
        UpstreamConfig u = new UpstreamConfig();
        u.checkItem = checkItem;
        u.dataSourceId = dataSourceId;
        u.scene = scene == null ? "" : scene;
        u.cost = BigDecimal.ZERO;
        u.createDate = now;
        u.update(spec, cipher, now);
        return u;
    }

    /** Overwrites the given attributes; a deleted configuration comes back. */
    public void update(UpstreamSpec spec, CredentialCipher cipher, LocalDateTime now) {
        if (spec.priority() != null) {
            priority = spec.priority();
        }
        if (spec.service() != null) {
            service = spec.service().trim();
        }
        if (spec.reqKey() != null && !CredentialCipher.looksMasked(spec.reqKey())) {
            reqKey = cipher.encrypt(spec.reqKey());
        }
        if (spec.reqSecret() != null && !CredentialCipher.looksMasked(spec.reqSecret())) {
            reqSecret = cipher.encrypt(spec.reqSecret());
        }
        if (spec.reqUrl() != null) {
            reqUrl = spec.reqUrl().trim();
        }
        if (spec.cost() != null) {
            cost = spec.cost();
        }
        if (spec.costDetail() != null) {
            costDetail = spec.costDetail();
        }
        if (spec.extra() != null) {
            extra = spec.extra();
        }
        deleted = false;
        updateDate = now;
    }

    public void delete(LocalDateTime now) {
        deleted = true;
        updateDate = now;
    }

    /** The plain credentials, for the call path only (never for an answer). */
    /**
     * The audited fields (audit log): routing, costs and the credentials in clear — AuditTrail masks reqKey and
     * reqSecret before anything leaves the service, and tells from the clear values whether they changed.
     */
    public java.util.Map<String, Object> auditView(CredentialCipher cipher) {
        return com.nuoer.common.audit.AuditTrail.fields("checkItem", checkItem, "dataSourceId", dataSourceId,
                "scene", scene, "priority", priority, "service", service, "reqUrl", reqUrl, "cost", cost,
                "costDetail", costDetail, "deleted", deleted, "reqKey", plainReqKey(cipher),
                "reqSecret", plainReqSecret(cipher));
    }

    public String plainReqKey(CredentialCipher cipher) {
        return cipher.decrypt(reqKey);
    }

    public String plainReqSecret(CredentialCipher cipher) {
        return cipher.decrypt(reqSecret);
    }

    public Long getId() {
        return id;
    }

    public String getCheckItem() {
        return checkItem;
    }

    public Long getDataSourceId() {
        return dataSourceId;
    }

    public String getScene() {
        return scene;
    }

    public boolean isDeleted() {
        return deleted;
    }

    public String getReqKey() {
        return reqKey;
    }

    public String getReqSecret() {
        return reqSecret;
    }
}
