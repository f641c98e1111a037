package com.nuoer.customer.developer.web;

import com.nuoer.common.session.SessionContext;
import com.nuoer.common.web.ApiResponse;
import com.nuoer.customer.developer.DeveloperService;
import com.nuoer.customer.developer.web.DeveloperDtos.DeveloperInfoView;
import com.nuoer.customer.developer.web.DeveloperDtos.EnvRequest;
import com.nuoer.customer.developer.web.DeveloperDtos.WhiteIpListRequest;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** /mt/beeback/dept/**: the caller's own developer accounts (scope = the session's organisation). */
@RestController
@RequestMapping("/mt/beeback/dept")
public class BeebackDeveloperController {

    private final DeveloperService developers;

    public BeebackDeveloperController(DeveloperService developers) {
        this.developers = developers;
    }

    /** 2.4.4 申请开发者账号 */
    @PostMapping("/applyDeveloper")
    public ApiResponse<Void> applyDeveloper(@Valid @RequestBody EnvRequest request) {
        developers.applyForOwnOrganization(SessionContext.require(), DeveloperDtos.env(request.env()));
        return ApiResponse.ok();
    }

    /** 2.4.2 开发者信息 */
    @PostMapping("/developerInfo")
    public ApiResponse<List<DeveloperInfoView>> developerInfo(@Valid @RequestBody EnvRequest request) {
        return ApiResponse.ok(developers.developerInfo(SessionContext.require(), DeveloperDtos.env(request.env()))
                .stream().map(DeveloperInfoView::of).toList());
    }

    /** 2.4.3 设置ip白名单 */
    @PostMapping("/saveWhiteIpList")
    public ApiResponse<Void> saveWhiteIpList(@Valid @RequestBody WhiteIpListRequest request) {
        developers.saveOwnWhiteIpList(SessionContext.require(), request.enable(), request.ipList());
        return ApiResponse.ok();
    }
}
