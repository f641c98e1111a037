package com.nuoer.customer.index.web;

import com.nuoer.common.session.SessionContext;
import com.nuoer.common.web.ApiResponse;
import com.nuoer.customer.index.IndexService;
import com.nuoer.customer.index.IndexService.CoreStatistics;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** /mt/beeback/index/coreStatistics: the customer's home page figures. */
@RestController
public class BeebackIndexController {

    private final IndexService index;

    public BeebackIndexController(IndexService index) {
        this.index = index;
    }

    /** 2.7.1 核心统计 (partial when wallet or billing cannot answer). */
    @GetMapping("/mt/beeback/index/coreStatistics")
    public ApiResponse<CoreStatistics> coreStatistics() {
        return ApiResponse.ok(index.coreStatistics(SessionContext.require()));
    }
}
