package com.nuoer.customer.iam.sys.web;

import com.nuoer.common.session.MenuCodes;
import com.nuoer.common.session.RequiresMenu;
import com.nuoer.common.session.SessionContext;
import com.nuoer.common.web.ApiResponse;
import com.nuoer.customer.iam.sys.SysProperties;
import com.nuoer.customer.iam.sys.SysService;
import com.nuoer.customer.iam.sys.TempWhiteIp;
import com.nuoer.customer.iam.web.ClientIp;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** crm 3.8.1, 3.8.4, 3.8.5 system tools (系统管理). */
@RestController
@RequestMapping("/mt/crm/sys")
@RequiresMenu(MenuCodes.CRM_SYSTEM)
public class CrmSysController {

    private final SysService sys;

    public CrmSysController(SysService sys) {
        this.sys = sys;
    }

    @GetMapping("/queryLogStoreList")
    public ApiResponse<List<SysProperties.LogStore>> logStores() {
        return ApiResponse.ok(sys.logStores());
    }

    /** What was admitted, and until when (the seed documents an object without fields). */
    public record TempWhiteIpView(String ip, LocalDateTime expireTime) {
    }

    @GetMapping("/addTempWhiteIps")
    public ApiResponse<TempWhiteIpView> addTempWhiteIps(HttpServletRequest request) {
        TempWhiteIp entry = sys.addTempWhiteIp(SessionContext.require(), ClientIp.of(request));
        return ApiResponse.ok(new TempWhiteIpView(entry.getIp(), entry.getExpireTime()));
    }

    /** The seed's body is empty; ours may name the customer account: {@code userId} or {@code username}. */
    public record GenTempPasswdRequest(@Positive Long userId, @Size(max = 64) String username) {
    }

    @PostMapping("/genTempPasswd")
    public ApiResponse<String> genTempPasswd(@Valid @RequestBody(required = false) GenTempPasswdRequest body) {
        GenTempPasswdRequest b = body == null ? new GenTempPasswdRequest(null, null) : body;
        return ApiResponse.ok(sys.genTempPasswd(SessionContext.require(), b.userId(), b.username()));
    }
}
