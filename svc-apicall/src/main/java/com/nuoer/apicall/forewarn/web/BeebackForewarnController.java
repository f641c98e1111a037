package com.nuoer.apicall.forewarn.web;

import com.nuoer.apicall.forewarn.ForewarnService;
import com.nuoer.apicall.forewarn.web.ForewarnDtos.ConfigRequest;
import com.nuoer.apicall.forewarn.web.ForewarnDtos.DeleteRequest;
import com.nuoer.apicall.forewarn.web.ForewarnDtos.ItemView;
import com.nuoer.apicall.forewarn.web.ForewarnDtos.ListRequest;
import com.nuoer.common.session.SessionContext;
import com.nuoer.common.web.ApiResponse;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** /mt/beeback/forewarn/{configItem,deleteItem,itemList}: a customer's API error alerts (its developer account). */
@RestController
@RequestMapping("/mt/beeback/forewarn")
public class BeebackForewarnController {

    private final ForewarnService forewarn;

    public BeebackForewarnController(ForewarnService forewarn) {
        this.forewarn = forewarn;
    }

    /** 2.1.1 异常预警配置 */
    @PostMapping("/configItem")
    public ApiResponse<Void> configItem(@Valid @RequestBody ConfigRequest request) {
        forewarn.configure(SessionContext.require(), request.checkItemList(), request.periodSeconds(),
                request.errorCount(), request.contacts());
        return ApiResponse.ok();
    }

    /** 2.1.2 删除异常预警 */
    @PostMapping("/deleteItem")
    public ApiResponse<Void> deleteItem(@Valid @RequestBody DeleteRequest request) {
        forewarn.delete(SessionContext.require(), request.checkItemList());
        return ApiResponse.ok();
    }

    /** 2.1.3 异常预警列表 */
    @PostMapping("/itemList")
    public ApiResponse<List<ItemView>> itemList(@Valid @RequestBody(required = false) ListRequest request) {
        boolean forAdd = request != null && Boolean.TRUE.equals(request.queryForAdd());
        return ApiResponse.ok(forewarn.list(SessionContext.require(), forAdd));
    }
}
