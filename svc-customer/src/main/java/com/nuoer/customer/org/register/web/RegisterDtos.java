package com.nuoer.customer.org.register.web;

import com.nuoer.common.paging.PageParams;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Request records of the registration endpoints (the register form itself is {@code RegisterForm}). */
public final class RegisterDtos {

    private RegisterDtos() {
    }

    /** 3.7.3 crm applyList. {@code querySalesmanId} 「查询人用户id」 narrows like salesmanId. */
    public record CrmApplyListRequest(Integer pageNo, Integer pageSize, Boolean nonPage, Boolean largePage,
                                      @Size(max = 32) String applyNo, Long salesmanId,
                                      @Size(max = 64) String keyword, List<Integer> auditStateList,
                                      Long querySalesmanId, String createTimeGte, String createTimeLte,
                                      String auditTimeGte, String auditTimeLte) implements PageParams {
    }

    /** 4.5.2 sales applyList: always the caller's own applications (unless he manages the app). */
    public record SalesApplyListRequest(Integer pageNo, Integer pageSize, Boolean nonPage, Boolean largePage,
                                        @Size(max = 32) String applyNo, @Size(max = 64) String keyword,
                                        List<Integer> auditStateList) implements PageParams {
    }

    /** 3.7.4 / 4.5.3: 「applyNo和applyId二选一」. */
    public record ApplyDetailRequest(@Size(max = 32) String applyNo, Long applyId) {
    }
}
