package com.nuoer.contract.contract;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An e-contract template: seq 0 uses the COOPERATION one (合作协议), later seqs a SUPPLEMENT. */
@Entity
@Table(name = "contract_template")
public class ContractTemplate {

    public static final String COOPERATION = "COOPERATION";
    public static final String SUPPLEMENT = "SUPPLEMENT";

    /** One field the template wants filled ({@code fillConfigs}). */
    public record FillConfig(String key, String name, Boolean must, Boolean fixed) {
    }

    @Id
    private String code;
    @Column(nullable = false)
    private String name;
    @Column(nullable = false)
    private String kind;
    @Column(nullable = false)
    private int version;
    @Column(name = "version_name")
    private String versionName;
    @Column(nullable = false)
    private String title;
    @Column(nullable = false)
    private String body;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "fill_configs", nullable = false, columnDefinition = "jsonb")
    private List<FillConfig> fillConfigs = new ArrayList<>();
    @Column(name = "valid_days", nullable = false)
    private int validDays;
    @Column(name = "sign_days", nullable = false)
    private int signDays;
    @Column(nullable = false)
    private boolean enabled;

    protected ContractTemplate() {
    }

    public String code() { return code; }
    public String name() { return name; }
    public String kind() { return kind; }
    public int version() { return version; }
    public String versionName() { return versionName; }
    public String title() { return title; }
    public String body() { return body; }
    public List<FillConfig> fillConfigs() { return List.copyOf(fillConfigs); }
    public int validDays() { return validDays; }
    public int signDays() { return signDays; }
    public boolean enabled() { return enabled; }
}
