package com.nuoer.customer.org.organization;

import com.nuoer.common.session.AppCode;
import java.util.List;
import java.util.Optional;

/**
 * The apps a customer account can be given ({@code appcodes} of register, {@code activeApp}) and how they are shown
 * in {@code enabledApps}. Only front-ends a customer logs in to qualify: beeback (console); crm and sales are staff
 * apps and are refused for customers.
 */
public final class AppCatalog {

    private AppCatalog() {
    }

    /** The app for a customer account, or empty when the code is unknown or not a customer app. */
    public static Optional<AppCode> customerApp(String appcode) {
        return AppCode.fromCode(appcode).filter(a -> a == AppCode.BEEBACK);
    }

    public static OrgView.EnabledApp view(String appcode) {
        Optional<AppCode> app = AppCode.fromCode(appcode);
        String name = app.map(AppCode::appName).orElse(appcode);
        return new OrgView.EnabledApp(appcode, name, "web", "nuoer-bee", appcode + ".nuoerdata.com",
                "https://static.nuoerdata.com/logo/" + appcode + ".png", 1L, List.of(appcode));
    }
}
