package com.nuoer.customer.iam.menu;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A page or directory of a front-end app (pageConfig). Its {@code code} is the permission a role grants
 * ({@code @RequiresMenu}); directories only group pages and cannot be granted.
 */
@Entity
@Table(name = "page_menu")
public class PageMenu {

    public static final int MAX_LEVEL = 3;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String appcode;
    @Column(nullable = false)
    private String code;
    @Column(nullable = false)
    private String title;
    private long pid;
    private int level;
    private String component;
    private String icon;
    private boolean isDir;
    private String path;
    private String highlightMenu;
    private String redirectUrl;
    private boolean enable;
    private boolean hidden;
    private boolean hiddenSidebar;
    private boolean cacheable;
    @JdbcTypeCode(SqlTypes.JSON)
    private List<MenuButton> buttons = new ArrayList<>();
    private int sort;
    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, Object> extra;
    private boolean deleted;
    @Column(updatable = false)
    private Long createBy;
    @Column(updatable = false)
    private LocalDateTime createTime;
    private LocalDateTime modifyTime;

    protected PageMenu() {
    }

    public static PageMenu create(String appcode, Long createBy, LocalDateTime now) {
        PageMenu menu = new PageMenu();
        menu.appcode = Objects.requireNonNull(appcode);
        menu.createBy = createBy;
        menu.createTime = now;
        menu.enable = true;
        return menu;
    }

    /** The editable fields; {@code level} is decided by the service from the parent. */
    public void define(Definition d, int level, LocalDateTime now) {
        this.code = d.code();
        this.title = d.title();
        this.pid = d.pid();
        this.level = level;
        this.component = d.component();
        this.icon = d.icon();
        this.isDir = d.isDir();
        this.path = d.path();
        this.highlightMenu = d.highlightMenu();
        this.redirectUrl = d.redirectUrl();
        this.enable = d.enable();
        this.hidden = d.hidden();
        this.hiddenSidebar = d.hiddenSidebar();
        this.cacheable = d.cacheable();
        this.buttons = new ArrayList<>(d.buttons());
        this.sort = d.sort();
        this.extra = d.extra();
        this.modifyTime = now;
    }

    public void delete(LocalDateTime now) {
        this.deleted = true;
        this.modifyTime = now;
    }

    /** A role may be granted this menu: a live page (not a directory). */
    public boolean isGrantable() {
        return !deleted && !isDir;
    }

    public boolean hasButton(String value) {
        return buttons != null && buttons.stream().anyMatch(b -> Objects.equals(b.value(), value));
    }

    /** Values of a new/edited menu, already validated. */
    public record Definition(String code, String title, long pid, String component, String icon, boolean isDir,
                             String path, String highlightMenu, String redirectUrl, boolean enable, boolean hidden,
                             boolean hiddenSidebar, boolean cacheable, List<MenuButton> buttons, int sort,
                             Map<String, Object> extra) {
    }

    public Long getId() {
        return id;
    }

    public String getAppcode() {
        return appcode;
    }

    public String getCode() {
        return code;
    }

    public String getTitle() {
        return title;
    }

    public long getPid() {
        return pid;
    }

    public int getLevel() {
        return level;
    }

    public String getComponent() {
        return component;
    }

    public String getIcon() {
        return icon;
    }

    public boolean isDir() {
        return isDir;
    }

    public String getPath() {
        return path;
    }

    public String getHighlightMenu() {
        return highlightMenu;
    }

    public String getRedirectUrl() {
        return redirectUrl;
    }

    public boolean isEnable() {
        return enable;
    }

    public boolean isHidden() {
        return hidden;
    }

    public boolean isHiddenSidebar() {
        return hiddenSidebar;
    }

    public boolean isCacheable() {
        return cacheable;
    }

    public List<MenuButton> getButtons() {
        return buttons == null ? List.of() : buttons;
    }

    public int getSort() {
        return sort;
    }

    public Map<String, Object> getExtra() {
        return extra;
    }

    public boolean isDeleted() {
        return deleted;
    }

    public Long getCreateBy() {
        return createBy;
    }

    public LocalDateTime getCreateTime() {
        return createTime;
    }

    public LocalDateTime getModifyTime() {
        return modifyTime;
    }
}
