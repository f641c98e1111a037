package com.nuoer.portal.doc;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * The documentation of one data product (checkItem) shown on the portal. Schemas ({@code DocSchema} lists / maps)
 * and tags are JSON text; {@link ApiDocMapper} turns them into the answer's structures. {@code itemState} and
 * {@code itemVersion} are the portal's copy of the catalogue of svc-apicall ({@code CheckItemChanged}): a product
 * taken offline (state -1) disappears from every portal answer.
 */
@Entity
@Table(name = "api_doc")
public class ApiDoc {

    /** CheckItemState -1 已下架. */
    public static final int STATE_DOWN = -1;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String checkItem;
    private String checkItemName;
    private String categoryCode;
    private String subcategoryCode;
    private String apiName;
    private String apiPath;
    private String requestMethod;
    private String contentType;
    private String paramSchema;
    private String paramsExample;
    private String respSchema;
    private String respExample;
    private String fieldSchema;
    private String errorCodeSchema;
    private String upgradePeriod;
    private String dataAdvantage;
    private String feeType;
    private String docUrl;
    private String respTime;
    private String backgroundImg;
    private String description;
    private String tags;
    private String taskTemplate;
    private int itemState;
    private long itemVersion;
    private Long createBy;
    @Column(updatable = false)
    private LocalDateTime createTime;
    private LocalDateTime modifyTime;

    protected ApiDoc() {
    }

    public boolean isVisible() {
        return itemState != STATE_DOWN;
    }

    /**
     * Applies a catalogue snapshot of svc-apicall. Older snapshots (version below the one applied) are ignored, so
     * out-of-order delivery never resurrects a product taken offline. Returns whether anything changed.
     */
    public boolean applyCatalogue(String itemName, Integer state, String feeTypeText, long version, LocalDateTime now) {
        if (version < itemVersion) {
            return false;
        }
        if (itemName != null && !itemName.isBlank()) {
            this.checkItemName = itemName;
        }
        if (state != null) {
            this.itemState = state;
        }
        if (feeTypeText != null) {
            this.feeType = feeTypeText;
        }
        this.itemVersion = version;
        this.modifyTime = now;
        return true;
    }

    public Long getId() { return id; }
    public String getCheckItem() { return checkItem; }
    public String getCheckItemName() { return checkItemName; }
    public String getCategoryCode() { return categoryCode; }
    public String getSubcategoryCode() { return subcategoryCode; }
    public String getApiName() { return apiName; }
    public String getApiPath() { return apiPath; }
    public String getRequestMethod() { return requestMethod; }
    public String getContentType() { return contentType; }
    public String getParamSchema() { return paramSchema; }
    public String getParamsExample() { return paramsExample; }
    public String getRespSchema() { return respSchema; }
    public String getRespExample() { return respExample; }
    public String getFieldSchema() { return fieldSchema; }
    public String getErrorCodeSchema() { return errorCodeSchema; }
    public String getUpgradePeriod() { return upgradePeriod; }
    public String getDataAdvantage() { return dataAdvantage; }
    public String getFeeType() { return feeType; }
    public String getDocUrl() { return docUrl; }
    public String getRespTime() { return respTime; }
    public String getBackgroundImg() { return backgroundImg; }
    public String getDescription() { return description; }
    public String getTags() { return tags; }
    public String getTaskTemplate() { return taskTemplate; }
    public int getItemState() { return itemState; }
    public long getItemVersion() { return itemVersion; }
    public Long getCreateBy() { return createBy; }
    public LocalDateTime getCreateTime() { return createTime; }
    public LocalDateTime getModifyTime() { return modifyTime; }
}
