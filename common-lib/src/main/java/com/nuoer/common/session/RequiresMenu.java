package com.nuoer.common.session;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The page menu(s) a staff member's roles must grant to call a crm/sales endpoint; on a controller class it applies
 * to every handler, on a method it replaces the class's. Any one of the codes suffices; the app's {@code admin} role
 * has all. Checked by {@link MenuPermissionInterceptor} against the session's {@code menus} (403 envelope otherwise).
 * Codes are the {@code code} of the page menus (pageConfig); the ones the platform uses are in {@link MenuCodes}.
 */
@Documented
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface RequiresMenu {
    String[] value();
}
