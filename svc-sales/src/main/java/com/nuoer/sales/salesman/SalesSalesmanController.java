package com.nuoer.sales.salesman;

import com.nuoer.common.paging.PageResult;
import com.nuoer.common.session.SessionContext;
import com.nuoer.common.session.SessionInfo;
import com.nuoer.common.web.ApiResponse;
import com.nuoer.sales.maintain.SalesScope;
import com.nuoer.sales.salesman.SalesmanDtos.GradeListRequest;
import com.nuoer.sales.salesman.SalesmanDtos.GradeView;
import com.nuoer.sales.salesman.SalesmanDtos.SalesmanListRequest;
import com.nuoer.sales.salesman.SalesmanDtos.SalesmanView;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** sales app pickers: 4.5.9 grade/list (enabled grades), 4.5.10 salesman/list. */
@RestController
@RequestMapping("/mt/sales/customer")
public class SalesSalesmanController {

    private final SalesmanService salesmen;
    private final SalesScope scope;

    public SalesSalesmanController(SalesmanService salesmen, SalesScope scope) {
        this.salesmen = salesmen;
        this.scope = scope;
    }

    @PostMapping("/grade/list")
    public ApiResponse<List<GradeView>> grades(@Valid @RequestBody(required = false) GradeListRequest request) {
        SessionContext.require();
        return ApiResponse.ok(salesmen.grades(request, true));
    }

    @PostMapping("/salesman/list")
    public ApiResponse<PageResult<SalesmanView>> list(@Valid @RequestBody SalesmanListRequest request) {
        SessionInfo s = SessionContext.require();
        scope.requireCustomer(s, request.customerId());
        return ApiResponse.ok(salesmen.list(request));
    }
}
