package com.nuoer.customer.developer.web;

import com.nuoer.common.session.SessionContext;
import com.nuoer.common.web.ApiResponse;
import com.nuoer.customer.developer.DeveloperService;
import com.nuoer.customer.developer.web.DeveloperDtos.DeptWhiteIpListRequest;
import com.nuoer.customer.developer.web.DeveloperDtos.SendDeveloperInfoRequest;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** /mt/sales/customer/{saveWhiteIpList, sendDeveloperInfo}: only accounts of the salesman's own customers. */
@RestController
@RequestMapping("/mt/sales/customer")
public class SalesDeveloperController {

    private final DeveloperService developers;

    public SalesDeveloperController(DeveloperService developers) {
        this.developers = developers;
    }

    /** 4.5.12 设置ip白名单 */
    @PostMapping("/saveWhiteIpList")
    public ApiResponse<Void> saveWhiteIpList(@Valid @RequestBody DeptWhiteIpListRequest request) {
        developers.saveWhiteIpList(SessionContext.require(), request.deptId(), request.enable(), request.ipList());
        return ApiResponse.ok();
    }

    /** 4.5.13 发送开发者信息 */
    @PostMapping("/sendDeveloperInfo")
    public ApiResponse<Void> sendDeveloperInfo(@Valid @RequestBody SendDeveloperInfoRequest request) {
        developers.sendDeveloperInfo(SessionContext.require(), request.deptId(), request.method(),
                request.receiver().trim(), request.ccList());
        return ApiResponse.ok();
    }
}
