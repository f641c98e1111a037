package com.nuoer.customer.iam.menu.web;

import com.nuoer.common.session.MenuCodes;
import com.nuoer.common.session.RequiresMenu;
import com.nuoer.common.session.SessionContext;
import com.nuoer.common.web.ApiResponse;
import com.nuoer.customer.iam.menu.PageMenuService;
import com.nuoer.customer.iam.menu.web.MenuDtos.DeleteMenuRequest;
import com.nuoer.customer.iam.menu.web.MenuDtos.ListMenuRequest;
import com.nuoer.customer.iam.menu.web.MenuDtos.PageMenuView;
import com.nuoer.customer.iam.menu.web.MenuDtos.SaveMenuRequest;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** crm 3.2 页面配置: the page menus of every app (system settings). */
@RestController
@RequestMapping("/mt/crm/pageConfig")
@RequiresMenu(MenuCodes.CRM_SYSTEM)
public class CrmPageConfigController {

    private final PageMenuService menus;

    public CrmPageConfigController(PageMenuService menus) {
        this.menus = menus;
    }

    @PostMapping("/save")
    public ApiResponse<Void> save(@Valid @RequestBody SaveMenuRequest body) {
        menus.save(body.id(), body.appcode(), body.toDefinition(), SessionContext.require().userId());
        return ApiResponse.ok();
    }

    @PostMapping("/list")
    public ApiResponse<List<PageMenuView>> list(@Valid @RequestBody ListMenuRequest body) {
        return ApiResponse.ok(PageMenuView.of(menus.tree(body.appcode()).all()));
    }

    @PostMapping("/delete")
    public ApiResponse<Void> delete(@Valid @RequestBody DeleteMenuRequest body) {
        menus.delete(body.id());
        return ApiResponse.ok();
    }
}
