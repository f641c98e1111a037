package com.nuoer.sales.follow;

import com.nuoer.common.paging.PageParams;
import com.nuoer.common.validation.Mobile;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** Follow-ups (visits) and opportunities (seed names). */
public final class FollowDtos {

    private FollowDtos() {
    }

    static final String DATE = "\\d{4}-\\d{2}-\\d{2}";
    static final String DATETIME = "\\d{4}-\\d{2}-\\d{2}( \\d{2}:\\d{2}:\\d{2})?";

    public record FollowView(Long id, Long createBy, LocalDateTime createTime, LocalDateTime modifyTime,
                             Long customerId, Long opportunityId, String customerName, Long salesmanId,
                             String salesmanName, String followType, LocalDate followDate, String contactName,
                             String contactPosition, String contactMobile, String flowContent, String enterpriseDesc,
                             String feedback, List<String> imgList) {
    }

    /** 4.5.7. */
    public record SaveFollowRequest(Long id, Long customerId, Long opportunityId,
                                    @Pattern(regexp = DATE, message = "跟进日期格式应为yyyy-MM-dd") String followDate,
                                    @Size(max = 64) String contactName, @Size(max = 64) String contactPosition,
                                    @Size(max = 32) String contactMobile,
                                    @Size(max = 500, message = "跟进内容最多可输入500字") String flowContent,
                                    @Size(max = 500, message = "企业描述最多可输入500字") String enterpriseDesc,
                                    @Size(max = 500, message = "客户反馈最多可输入500字") String feedback,
                                    @Size(max = 5, message = "最多上传5张照片") List<@NotBlank @Size(max = 500) String> imgList) {
    }

    /** 3.7.52 (crm; salesmanId, followType) and 4.5.8 (sales). */
    public record FollowListRequest(Integer pageNo, Integer pageSize, Boolean nonPage, Boolean largePage,
                                    @Size(max = 64) String keyword, Long salesmanId, List<Long> customerIds,
                                    List<Long> opportunityIds,
                                    @Pattern(regexp = DATE, message = "日期格式应为yyyy-MM-dd") String followDateGte,
                                    @Pattern(regexp = DATE, message = "日期格式应为yyyy-MM-dd") String followDateLte,
                                    @Pattern(regexp = "visit", message = "跟进类型只能是visit") String followType)
            implements PageParams {
    }

    public record OpportunityView(Long id, Long createBy, LocalDateTime createTime, LocalDateTime modifyTime,
                                  String customerName, String contactName, String contactMobile,
                                  String customerNature, Long salesmanId, String salesmanName, String roleType,
                                  Long customerId) {
    }

    /** 4.5.18. */
    public record SaveOpportunityRequest(Long id, @NotBlank @Size(max = 128) String customerName,
                                         @Size(max = 64) String contactName, @Mobile String contactMobile,
                                         @Size(max = 64) String customerNature) {
    }

    /** 3.7.53 (crm) and 4.5.19 (sales). */
    public record OpportunityListRequest(Integer pageNo, Integer pageSize, Boolean nonPage, Boolean largePage,
                                         Long salesmanId, @Size(max = 64) String keyword,
                                         @Pattern(regexp = DATETIME, message = "时间格式应为yyyy-MM-dd HH:mm:ss")
                                         String createTimeGte,
                                         @Pattern(regexp = DATETIME, message = "时间格式应为yyyy-MM-dd HH:mm:ss")
                                         String createTimeLte,
                                         Boolean hiddenConverted, List<Long> customerIds) implements PageParams {
    }

    /** 3.7.54 / 4.5.20. */
    public record IdRequest(@NotNull Long id, String appcode) {
    }
}
