package com.nuoer.customer.iam.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nuoer.common.config.NuoerWebAutoConfiguration;
import com.nuoer.common.error.BizException;
import com.nuoer.common.error.ErrorCode;
import com.nuoer.common.session.IdentityHeaders;
import com.nuoer.common.session.SessionInfo;
import com.nuoer.customer.iam.LoginService;
import com.nuoer.customer.iam.SessionService;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The web edge of login/logout/querySession: validation, envelopes, identity checks (services mocked). */
@WebMvcTest(controllers = {AuthController.class, BeebackSessionController.class, SalesSessionController.class})
@ImportAutoConfiguration(NuoerWebAutoConfiguration.class)
class AuthWebTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper objectMapper;
    @Autowired
    IdentityHeaders identityHeaders;

    @MockitoBean
    LoginService loginService;
    @MockitoBean
    SessionService sessionService;

    private static SessionInfo session(String app, Long deptId, String roleType) {
        return new SessionInfo("tok", "tok", 3L, "demo", "演示用户", "13900000001", 100001L, "杭州演示科技有限公司",
                1L, "杭州演示科技有限公司", "LEASE3C", 20, app, app, "诺尔数据客户控制台", "beeback", "127.0.0.1", null,
                roleType == null ? null : 2L, 2L, 1L, 1L, 1L, "张演示", "张演示", "13900000001", "demo@x.example",
                false, null, 1, true, 1L, deptId == null ? null : "nuoer_demo_app01", deptId,
                deptId == null ? null : "杭州演示科技有限公司", roleType, roleType == null ? null : false,
                roleType == null ? null : 2L, roleType == null ? null : List.of("salesman"), null);
    }

    private org.springframework.http.HttpHeaders identity(SessionInfo s) {
        return SignedIdentity.of(s, objectMapper, identityHeaders, System.currentTimeMillis());
    }

    @Test
    void missingLoginFieldsAre40001NamingEachField() throws Exception {
        mvc.perform(post("/mt/auth/login").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value(40001))
                .andExpect(jsonPath("$.msg").value(allOf(containsString("appcode"), containsString("username"),
                        containsString("password"))));
        verifyNoInteractions(loginService);
    }

    @Test
    void blankPasswordIs40001() throws Exception {
        mvc.perform(post("/mt/auth/login").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"appcode\":\"crm\",\"username\":\"admin\",\"password\":\"  \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value(40001))
                .andExpect(jsonPath("$.msg").value(containsString("password")));
    }

    @Test
    void malformedJsonIs40002() throws Exception {
        mvc.perform(post("/mt/auth/login").contentType(MediaType.APPLICATION_JSON).content("{\"appcode\":"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value(40002));
        verifyNoInteractions(loginService);
    }

    @Test
    void unknownAppcodeIs400WithAClearMessage() throws Exception {
        for (String app : List.of("portal", "erp", "CRM")) {
            mvc.perform(post("/mt/auth/login").contentType(MediaType.APPLICATION_JSON)
                            .content("{\"appcode\":\"" + app + "\",\"username\":\"admin\",\"password\":\"Admin@123\"}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.code").value(40001))
                    .andExpect(jsonPath("$.msg").value(allOf(containsString("appcode"),
                            containsString("beeback、crm 或 sales"))));
        }
        verifyNoInteractions(loginService);
    }

    @Test
    void loginPassesTheGatewaysRealIpAndAnswersTheSession() throws Exception {
        when(loginService.login("beeback", "demo", "Demo@123", "203.0.113.7"))
                .thenReturn(session("beeback", 1L, null));
        mvc.perform(post("/mt/auth/login").contentType(MediaType.APPLICATION_JSON).header("X-Real-IP", "203.0.113.7")
                        .content("{\"appcode\":\"beeback\",\"username\":\"demo\",\"password\":\"Demo@123\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value(0))
                .andExpect(jsonPath("$.data.stoken").value("tok"))
                .andExpect(jsonPath("$.data.deptId").value(1))
                .andExpect(jsonPath("$.data.password").doesNotExist());
    }

    @Test
    void refusalsOfTheServiceKeepTheirCodeAndStatus() throws Exception {
        when(loginService.login(anyString(), anyString(), anyString(), any()))
                .thenThrow(new BizException(ErrorCode.APP_NOT_ENABLED));
        mvc.perform(post("/mt/auth/login").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"appcode\":\"crm\",\"username\":\"sales01\",\"password\":\"Sales@123\"}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value(40301));
    }

    @Test
    void anonymousLogoutIs401() throws Exception {
        mvc.perform(post("/mt/auth/logout"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value(40100));
        verify(loginService, never()).logout(any());
    }

    @Test
    void logoutEndsTheCallersSession() throws Exception {
        SessionInfo s = session("crm", null, null);
        mvc.perform(post("/mt/auth/logout").headers(identity(s)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value(0));
        verify(loginService).logout(s);
    }

    @Test
    void querySessionWithoutIdentityIs401() throws Exception {
        mvc.perform(get("/mt/beeback/dept/querySession"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value(40100));
        mvc.perform(get("/mt/sales/login/querySession"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value(40100));
    }

    @Test
    void forgedIdentityIs401() throws Exception {
        org.springframework.http.HttpHeaders headers = identity(session("beeback", 1L, null));
        headers.set(IdentityHeaders.SIGNATURE, "forged");
        mvc.perform(get("/mt/beeback/dept/querySession").headers(headers))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value(40105));
    }

    @Test
    void anotherAppsSessionIs403() throws Exception {
        mvc.perform(get("/mt/beeback/dept/querySession").headers(identity(session("sales", null, "inner"))))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value(40302));
    }

    @Test
    void beebackQuerySessionAnswersTheSeedFieldsOnly() throws Exception {
        mvc.perform(get("/mt/beeback/dept/querySession").headers(identity(session("beeback", 1L, null))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value(0))
                .andExpect(jsonPath("$.data.stoken").value("tok"))
                .andExpect(jsonPath("$.data.userId").value(3))
                .andExpect(jsonPath("$.data.appId").value("nuoer_demo_app01"))
                .andExpect(jsonPath("$.data.deptId").value(1))
                .andExpect(jsonPath("$.data.deptName").value("杭州演示科技有限公司"))
                .andExpect(jsonPath("$.data.isTemp").value(false))
                .andExpect(jsonPath("$.data.isTest").value(true))
                .andExpect(jsonPath("$.data.roles").doesNotExist())
                .andExpect(jsonPath("$.data.staffId").doesNotExist())
                .andExpect(jsonPath("$.data.session").doesNotExist());
        verifyNoInteractions(sessionService);
    }

    @Test
    void salesQuerySessionAnswersRoleTypeAndIsAppManage() throws Exception {
        mvc.perform(get("/mt/sales/login/querySession").headers(identity(session("sales", null, "inner"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data.salesmanId").value(2))
                .andExpect(jsonPath("$.data.roleType").value("inner"))
                .andExpect(jsonPath("$.data.isAppManage").value(false))
                .andExpect(jsonPath("$.data.appId").doesNotExist())
                .andExpect(jsonPath("$.data.roles").doesNotExist());
    }

    @Test
    void mustRefreshRebuildsTheSession() throws Exception {
        SessionInfo s = session("beeback", null, null);
        when(sessionService.refresh(eq(s), any())).thenReturn(session("beeback", 1L, null));
        mvc.perform(get("/mt/beeback/dept/querySession").param("mustRefresh", "true").headers(identity(s)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data.deptId").value(1));
        verify(sessionService).refresh(eq(s), any());
    }
}
