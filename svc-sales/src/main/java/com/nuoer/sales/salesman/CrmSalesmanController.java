package com.nuoer.sales.salesman;

import com.nuoer.common.paging.PageResult;
import com.nuoer.common.session.MenuCodes;
import com.nuoer.common.session.RequiresMenu;
import com.nuoer.common.session.SessionContext;
import com.nuoer.common.web.ApiResponse;
import com.nuoer.sales.salesman.SalesmanDtos.AddSalesmanRequest;
import com.nuoer.sales.salesman.SalesmanDtos.EditFloorPriceRequest;
import com.nuoer.sales.salesman.SalesmanDtos.EditSalesmanRequest;
import com.nuoer.sales.salesman.SalesmanDtos.GradeListRequest;
import com.nuoer.sales.salesman.SalesmanDtos.GradeView;
import com.nuoer.sales.salesman.SalesmanDtos.SalesmanListRequest;
import com.nuoer.sales.salesman.SalesmanDtos.SalesmanView;
import com.nuoer.sales.salesman.SalesmanDtos.SaveGradeRequest;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** crm salesmen and grades: 3.5.5, 3.5.6, 3.5.11–3.5.15. */
@RestController
@RequestMapping("/mt/crm/sales")
@RequiresMenu(MenuCodes.CRM_SALES)
public class CrmSalesmanController {

    private final SalesmanService salesmen;

    public CrmSalesmanController(SalesmanService salesmen) {
        this.salesmen = salesmen;
    }

    @PostMapping("/grade/list")
    public ApiResponse<List<GradeView>> grades(@Valid @RequestBody(required = false) GradeListRequest request) {
        return ApiResponse.ok(salesmen.grades(request, false));
    }

    @PostMapping("/grade/save")
    public ApiResponse<Void> saveGrade(@Valid @RequestBody SaveGradeRequest request) {
        salesmen.saveGrade(request, SessionContext.require().userId());
        return ApiResponse.ok();
    }

    @PostMapping("/salesman/list")
    public ApiResponse<PageResult<SalesmanView>> list(@Valid @RequestBody SalesmanListRequest request) {
        return ApiResponse.ok(salesmen.list(request));
    }

    @GetMapping("/salesman/detail/{salesmanId}")
    public ApiResponse<SalesmanView> detail(@PathVariable long salesmanId) {
        return ApiResponse.ok(salesmen.detail(salesmanId));
    }

    @PostMapping("/salesman/add")
    public ApiResponse<Void> add(@Valid @RequestBody AddSalesmanRequest request) {
        salesmen.add(request, SessionContext.require().userId());
        return ApiResponse.ok();
    }

    @PostMapping("/salesman/edit")
    public ApiResponse<Void> edit(@Valid @RequestBody EditSalesmanRequest request) {
        salesmen.edit(request);
        return ApiResponse.ok();
    }

    @PostMapping("/salesman/editFloorPrice")
    public ApiResponse<Void> editFloorPrice(@Valid @RequestBody EditFloorPriceRequest request) {
        salesmen.editFloorPrice(request);
        return ApiResponse.ok();
    }
}
