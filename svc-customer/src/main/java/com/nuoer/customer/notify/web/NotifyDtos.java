package com.nuoer.customer.notify.web;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nuoer.common.paging.PageParams;
import com.nuoer.common.validation.Email;
import com.nuoer.common.validation.Mobile;
import com.nuoer.customer.notify.ContactService.ContactDraft;
import com.nuoer.customer.notify.ForewarnContact;
import com.nuoer.customer.notify.MessageRecordQueries;
import com.nuoer.customer.notify.MessageTemplate;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/** Requests and answers of the notification endpoints (seed names); mapping in one place. */
public final class NotifyDtos {

    private NotifyDtos() {
    }

    // ------------------------------------------------------------ contacts

    /** 2.1.5 addContacts (with {@code id}: that contact is updated). */
    public record ContactRequest(
            Long id,
            @Size(max = 64) String linkman,
            @Mobile String mobile,
            @Email @Size(max = 128) String email,
            @Size(max = 512) @Pattern(regexp = "https?://[^\\s]+", message = "webhook必须是http(s)地址") String webhook,
            Boolean isDefault) {

        @JsonIgnore
        @AssertTrue(message = "联系电话、邮箱、webhook至少填写一项")
        public boolean isReachable() {
            return notBlank(mobile) || notBlank(email) || notBlank(webhook);
        }

        ContactDraft draft() {
            return new ContactDraft(id, linkman, mobile, email, webhook, isDefault);
        }
    }

    /** 2.1.6 deleteContacts. */
    public record DeleteContactRequest(@NotNull Long id, String appcode) {
    }

    /** 2.1.4 answer and the internal contacts API. */
    public record ContactView(Long id, String linkman, String mobile, String email, String webhook,
                              Boolean isDefault) {

        static ContactView of(ForewarnContact c) {
            return new ContactView(c.getId(), c.getLinkman(), c.getMobile(), c.getEmail(), c.getWebhook(),
                    c.isDefault());
        }
    }

    /** Internal contacts API: the contact and its organisation. */
    public record InternalContactView(Long id, Long organizationId, String linkman, String mobile, String email,
                                      String webhook, Boolean isDefault) {

        static InternalContactView of(ForewarnContact c) {
            return new InternalContactView(c.getId(), c.getOrganizationId(), c.getLinkman(), c.getMobile(),
                    c.getEmail(), c.getWebhook(), c.isDefault());
        }
    }

    // ------------------------------------------------------------ templates

    /** 3.8.2 answer. */
    public record TemplateView(Long id, Long createBy, LocalDateTime createTime, LocalDateTime modifyTime, String code,
                               String subject, String content, String url, String providerCode, String scenes,
                               JsonNode fillConfigs, Boolean enable, Boolean isHtml, String signName,
                               Integer validDays, Long dataSourceId, Long mailSourceId, BigDecimal price,
                               Integer version, String versionName, String extra, String appcode, Long tenantId) {

        static TemplateView of(MessageTemplate t, ObjectMapper json) {
            JsonNode fill = null;
            if (t.getFillConfigs() != null) {
                try {
                    fill = json.readTree(t.getFillConfigs());
                } catch (Exception e) {
                    fill = null;
                }
            }
            return new TemplateView(t.getId(), t.getCreateBy(), t.getCreateTime(), t.getModifyTime(), t.getCode(),
                    t.getSubject(), t.getContent(), t.getUrl(), t.getProviderCode(), t.getScenes(), fill,
                    t.isEnable(), t.isHtml(), t.getSignName(), t.getValidDays(), t.getDataSourceId(),
                    t.getMailSourceId(), t.getPrice(), t.getVersion(), t.getVersionName(), t.getExtra(),
                    t.getAppcode(), t.getTenantId());
        }
    }

    // ------------------------------------------------------------ records

    /** 3.8.3 request. */
    public record RecordListRequest(
            Integer pageNo, Integer pageSize, Boolean nonPage, Boolean largePage,
            @Size(max = 64) String keyword,
            @Size(max = 100) List<Long> userIdList,
            @Pattern(regexp = "(?i)sms|email|webhook", message = "类型只能是sms、email或webhook") String smsMethod,
            @Size(max = 64) String templateCode,
            @Size(max = 20) List<String> appcodes,
            LocalDateTime createTimeGte,
            LocalDateTime createTimeLte) implements PageParams {

        @JsonIgnore
        @AssertTrue(message = "createTimeGte不能晚于createTimeLte")
        public boolean isRangeOrdered() {
            return createTimeGte == null || createTimeLte == null || !createTimeGte.isAfter(createTimeLte);
        }

        MessageRecordQueries.Filter filter() {
            return new MessageRecordQueries.Filter(keyword, userIdList, smsMethod, templateCode, appcodes,
                    createTimeGte, createTimeLte);
        }
    }

    /** 3.8.3 answer row. */
    public record RecordView(Long id, Long createBy, LocalDateTime createTime, LocalDateTime modifyTime,
                             String orderNo, Long userId, String smsMethod, String receiver, String templateCode,
                             String title, String content, @JsonProperty("isHtml") Boolean isHtml, Long datasourceId,
                             String datasourceName, String thirdId, String appcode, String appName,
                             String customName) {

        static RecordView of(MessageRecordQueries.Row r) {
            return new RecordView(r.id(), r.createBy(), r.createTime(), r.modifyTime(), r.orderNo(), r.userId(),
                    r.smsMethod(), r.receiver(), r.templateCode(), r.title(), r.content(), r.isHtml(),
                    r.datasourceId(), r.datasourceName(), r.thirdId(), r.appcode(), r.appName(), r.customName());
        }
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
