package com.nuoer.common.session;

import java.util.Optional;

/** The front-ends ("apps") of the platform and the URL prefix each one owns. */
public enum AppCode {
    BEEBACK("beeback", "诺尔数据客户控制台", "/mt/beeback/"),
    CRM("crm", "诺尔数据运营管理后台", "/mt/crm/"),
    SALES("sales", "诺尔数据业务平台", "/mt/sales/"),
    PORTAL("portal", "诺尔数据开放平台", "/mt/portal/");

    private final String code;
    private final String appName;
    private final String pathPrefix;

    AppCode(String code, String appName, String pathPrefix) {
        this.code = code;
        this.appName = appName;
        this.pathPrefix = pathPrefix;
    }

    public String code() {
        return code;
    }

    public String appName() {
        return appName;
    }

    public String pathPrefix() {
        return pathPrefix;
    }

    /** Apps a user can log in to (the portal has no login of its own; it accepts any session). */
    public boolean loginable() {
        return this != PORTAL;
    }

    public static Optional<AppCode> fromCode(String code) {
        for (AppCode app : values()) {
            if (app.code.equals(code)) {
                return Optional.of(app);
            }
        }
        return Optional.empty();
    }

    /** The app whose prefix a request path starts with, if any. */
    public static Optional<AppCode> ofPath(String path) {
        for (AppCode app : values()) {
            if (path.startsWith(app.pathPrefix)) {
                return Optional.of(app);
            }
        }
        return Optional.empty();
    }
}
