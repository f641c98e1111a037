package com.nuoer.common.session;

/**
 * Page-menu codes that guard endpoints ({@link RequiresMenu}). The menus themselves (titles, tree, buttons) are data
 * of svc-customer's pageConfig; these codes are the contract between that data and the services' controllers.
 */
public final class MenuCodes {

    // crm
    public static final String CRM_INDEX = "crm:index";
    public static final String CRM_CUSTOMER = "crm:customer";
    public static final String CRM_CUSTOMER_APPLY = "crm:customer:apply";
    public static final String CRM_CUSTOMER_AUTH = "crm:customer:auth";
    public static final String CRM_DEPT_ITEM = "crm:deptItem";
    public static final String CRM_CHECK_ITEM = "crm:checkItem";
    public static final String CRM_API_RECORD = "crm:api";
    public static final String CRM_MODEL = "crm:model";
    public static final String CRM_BILL = "crm:bill";
    public static final String CRM_INVOICE = "crm:invoice";
    public static final String CRM_PAYMENT = "crm:payment";
    public static final String CRM_WALLET = "crm:wallet";
    public static final String CRM_CONTRACT = "crm:contract";
    public static final String CRM_SALES = "crm:sales";
    public static final String CRM_MARKETING = "crm:marketing";
    public static final String CRM_ORG = "crm:org";
    public static final String CRM_SYSTEM = "crm:system";
    public static final String CRM_SCHEDULE = "crm:schedule";
    /** Cross-environment {@code sync*} endpoints: held by the peer environment's integration account (and admin). */
    public static final String CRM_SYNC = "crm:sync";
    /** The audit log (ops, not in the seed: {@code /mt/crm/audit/**}). */
    public static final String CRM_AUDIT = "crm:audit";
    /** Platform reconciliation runs (finance/ops; outside the seed API document). */
    public static final String CRM_RECONCILIATION = "crm:reconciliation";

    private MenuCodes() {
    }
}
