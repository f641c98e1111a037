package com.nuoer.customer.directorg.web;

import com.nuoer.common.paging.PageParams;
import com.nuoer.customer.directorg.DirectOrg;
import com.nuoer.customer.directorg.DirectOrgService;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;

/** Requests and answers of the direct-organisation endpoints (seed names). */
public final class DirectOrgDtos {

    private DirectOrgDtos() {
    }

    /** 3.7.50 organization/add. */
    public record AddRequest(
            @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9_-]+", message = "机构编码只能包含字母、数字、下划线和中划线") String orgCode,
            @NotBlank @Size(max = 128) String orgName) {
    }

    /** 3.7.51 / 4.5.11 organization/list. */
    public record ListRequest(Integer pageNo, Integer pageSize, Boolean nonPage, Boolean largePage,
                              @Size(max = 64) String keyword) implements PageParams {
    }

    public record DirectOrgView(Long id, LocalDateTime createDate, LocalDateTime updateDate, String orgCode,
                                String orgName) {

        static DirectOrgView of(DirectOrgService.Row r) {
            return new DirectOrgView(r.id(), r.createDate(), r.updateDate(), r.orgCode(), r.orgName());
        }

        static DirectOrgView of(DirectOrg o) {
            return new DirectOrgView(o.getId(), o.getCreateDate(), o.getUpdateDate(), o.getOrgCode(), o.getOrgName());
        }
    }
}
