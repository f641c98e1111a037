package com.nuoer.customer.developer.web;

import com.nuoer.common.session.MenuCodes;
import com.nuoer.common.session.RequiresMenu;
import com.nuoer.common.session.SessionContext;
import com.nuoer.common.web.ApiResponse;
import com.nuoer.customer.developer.DeveloperService;
import com.nuoer.customer.developer.web.DeveloperDtos.CrmApplyRequest;
import com.nuoer.customer.developer.web.DeveloperDtos.DeptWhiteIpListRequest;
import com.nuoer.customer.developer.web.DeveloperDtos.SendDeveloperInfoRequest;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** /mt/crm/customer/{applyDeveloper, saveWhiteIpList, sendDeveloperInfo}: operators manage any customer's account. */
@RestController
@RequestMapping("/mt/crm/customer")
@RequiresMenu(MenuCodes.CRM_CUSTOMER)
public class CrmDeveloperController {

    private final DeveloperService developers;

    public CrmDeveloperController(DeveloperService developers) {
        this.developers = developers;
    }

    /** 3.7.48 开通开发者账号 */
    @PostMapping("/applyDeveloper")
    public ApiResponse<Void> applyDeveloper(@Valid @RequestBody CrmApplyRequest request) {
        developers.applyForUser(request.userId(), DeveloperDtos.env(request.env()));
        return ApiResponse.ok();
    }

    /** 3.7.17 设置ip白名单 */
    @PostMapping("/saveWhiteIpList")
    public ApiResponse<Void> saveWhiteIpList(@Valid @RequestBody DeptWhiteIpListRequest request) {
        developers.saveWhiteIpList(SessionContext.require(), request.deptId(), request.enable(), request.ipList());
        return ApiResponse.ok();
    }

    /** 3.7.18 发送开发者信息 */
    @PostMapping("/sendDeveloperInfo")
    public ApiResponse<Void> sendDeveloperInfo(@Valid @RequestBody SendDeveloperInfoRequest request) {
        developers.sendDeveloperInfo(SessionContext.require(), request.deptId(), request.method(),
                request.receiver().trim(), request.ccList());
        return ApiResponse.ok();
    }
}
