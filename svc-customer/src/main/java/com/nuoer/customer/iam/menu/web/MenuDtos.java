package com.nuoer.customer.iam.menu.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.nuoer.customer.iam.menu.MenuButton;
import com.nuoer.customer.iam.menu.MenuTree;
import com.nuoer.customer.iam.menu.PageMenu;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/** Requests and answers of pageConfig (3.2.x) and sales config/pageMenus (4.3.1), with the seed's names. */
public final class MenuDtos {

    static final String APPCODE_PATTERN = "crm|sales|beeback";

    private MenuDtos() {
    }

    /** 3.2.1 保存页面菜单 (id set = edit). */
    public record SaveMenuRequest(
            @Positive Long id,
            @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9:_\\-.]+", message = "只能包含字母、数字和:_-.")
            String code,
            @NotBlank @Size(max = 64) String title,
            @PositiveOrZero Long pid,
            @Size(max = 128) String component,
            @Size(max = 64) String icon,
            Boolean isDir,
            @Size(max = 256) String path,
            @Size(max = 256) String highlightMenu,
            @Size(max = 256) String redirectUrl,
            Boolean enable,
            Boolean hidden,
            Boolean hiddenSidebar,
            Boolean cacheable,
            @Valid @Size(max = 50) List<ButtonDto> buttons,
            Integer sort,
            Map<String, Object> extra,
            @NotBlank @Pattern(regexp = APPCODE_PATTERN, message = "应用编码只能是crm、sales或beeback") String appcode) {

        public PageMenu.Definition toDefinition() {
            return new PageMenu.Definition(code.trim(), title.trim(), pid == null ? 0L : pid, blankToNull(component),
                    blankToNull(icon), Boolean.TRUE.equals(isDir), blankToNull(path), blankToNull(highlightMenu),
                    blankToNull(redirectUrl), enable == null || enable, Boolean.TRUE.equals(hidden),
                    Boolean.TRUE.equals(hiddenSidebar), Boolean.TRUE.equals(cacheable),
                    buttons == null ? List.of() : buttons.stream().map(ButtonDto::toButton).toList(),
                    sort == null ? 0 : sort, extra);
        }
    }

    public record ButtonDto(@NotBlank @Size(max = 32) String label,
                            @NotBlank @Size(max = 64) String value) {
        MenuButton toButton() {
            return new MenuButton(label.trim(), value.trim());
        }
    }

    /** 3.2.2 查询菜单. */
    public record ListMenuRequest(
            @NotBlank @Pattern(regexp = APPCODE_PATTERN, message = "应用编码只能是crm、sales或beeback") String appcode) {
    }

    /** 3.2.3 删除菜单 ({@code appcode} is not needed: the id decides). */
    public record DeleteMenuRequest(@NotNull @Positive Long id, String appcode) {
    }

    /** A menu with its children (subList), as pageConfig/list and pageMenus answer. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record PageMenuView(
            Long id, Long createBy, LocalDateTime createTime, LocalDateTime modifyTime, String code, String title,
            Long pid, @JsonProperty("pTitle") String pTitle, Integer level, String component, String icon,
            Boolean isDir, String path, String highlightMenu, String redirectUrl, Boolean enable, Boolean hidden,
            Boolean hiddenSidebar, Boolean cacheable, List<MenuButton> buttons, Map<String, Object> extra,
            Integer sort, String appcode, List<PageMenuView> subList) {

        public static List<PageMenuView> of(List<MenuTree.Node> nodes) {
            return nodes.stream().map(PageMenuView::of).toList();
        }

        static PageMenuView of(MenuTree.Node node) {
            PageMenu m = node.menu();
            return new PageMenuView(m.getId(), m.getCreateBy(), m.getCreateTime(), m.getModifyTime(), m.getCode(),
                    m.getTitle(), m.getPid(), node.parentTitle(), m.getLevel(), m.getComponent(), m.getIcon(),
                    m.isDir(), m.getPath(), m.getHighlightMenu(), m.getRedirectUrl(), m.isEnable(), m.isHidden(),
                    m.isHiddenSidebar(), m.isCacheable(), m.getButtons(), m.getExtra() == null ? Map.of() : m.getExtra(),
                    m.getSort(), m.getAppcode(), of(node.children()));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
