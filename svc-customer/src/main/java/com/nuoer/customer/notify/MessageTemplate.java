package com.nuoer.customer.notify;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A message template (SMS, e-mail or webhook text with {@code {{param}}} placeholders). Also holds the e-contract
 * templates of svc-contract ({@code fillConfigs}: text/array/signer fields). Read-only here: templates are data.
 */
@Entity
@Table(name = "message_template")
public class MessageTemplate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String code;
    private String subject;
    private String content;
    private String url;
    private String providerCode;
    private String scenes;
    @JdbcTypeCode(SqlTypes.JSON)
    private String fillConfigs;
    private boolean enable;
    private boolean isHtml;
    private String signName;
    private Integer validDays;
    private Long dataSourceId;
    private Long mailSourceId;
    private BigDecimal price;
    private int version;
    private String versionName;
    private String extra;
    private String appcode;
    private long tenantId;
    private Long createBy;
    @Column(updatable = false)
    private LocalDateTime createTime;
    private LocalDateTime modifyTime;

    protected MessageTemplate() {
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getSubject() {
        return subject;
    }

    public String getContent() {
        return content;
    }

    public String getUrl() {
        return url;
    }

    public String getProviderCode() {
        return providerCode;
    }

    public String getScenes() {
        return scenes;
    }

    public String getFillConfigs() {
        return fillConfigs;
    }

    public boolean isEnable() {
        return enable;
    }

    public boolean isHtml() {
        return isHtml;
    }

    public String getSignName() {
        return signName;
    }

    public Integer getValidDays() {
        return validDays;
    }

    public Long getDataSourceId() {
        return dataSourceId;
    }

    public Long getMailSourceId() {
        return mailSourceId;
    }

    public BigDecimal getPrice() {
        return price;
    }

    public int getVersion() {
        return version;
    }

    public String getVersionName() {
        return versionName;
    }

    public String getExtra() {
        return extra;
    }

    public String getAppcode() {
        return appcode;
    }

    public long getTenantId() {
        return tenantId;
    }

    public Long getCreateBy() {
        return createBy;
    }

    public LocalDateTime getCreateTime() {
        return createTime;
    }

    public LocalDateTime getModifyTime() {
        return modifyTime;
    }
}
