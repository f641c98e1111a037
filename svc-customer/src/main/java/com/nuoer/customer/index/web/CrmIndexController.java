package com.nuoer.customer.index.web;

import com.nuoer.common.session.MenuCodes;
import com.nuoer.common.session.RequiresMenu;
import com.nuoer.common.web.ApiResponse;
import com.nuoer.customer.index.IndexService;
import com.nuoer.customer.index.IndexService.Backlog;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** /mt/crm/index/bee/backlog: the operators' to-do counters. */
@RestController
@RequiresMenu(MenuCodes.CRM_INDEX)
public class CrmIndexController {

    private final IndexService index;

    public CrmIndexController(IndexService index) {
        this.index = index;
    }

    /** 3.6.5 待办 (partial when billing cannot answer). */
    @GetMapping("/mt/crm/index/bee/backlog")
    public ApiResponse<Backlog> backlog() {
        return ApiResponse.ok(index.backlog());
    }
}
