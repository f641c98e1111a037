package com.nuoer.customer.iam.menu.web;

import com.nuoer.common.session.SessionContext;
import com.nuoer.common.web.ApiResponse;
import com.nuoer.customer.iam.menu.PageMenuService;
import com.nuoer.customer.iam.menu.web.MenuDtos.PageMenuView;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** sales 4.3.1 查询菜单: the sales menus the caller's roles grant, as a tree. */
@RestController
public class SalesConfigController {

    private final PageMenuService menus;

    public SalesConfigController(PageMenuService menus) {
        this.menus = menus;
    }

    @GetMapping("/mt/sales/config/pageMenus")
    public ApiResponse<List<PageMenuView>> pageMenus() {
        return ApiResponse.ok(PageMenuView.of(menus.grantedTree(SessionContext.require())));
    }
}
