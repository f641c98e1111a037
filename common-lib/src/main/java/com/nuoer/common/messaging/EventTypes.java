package com.nuoer.common.messaging;

/**
 * The event catalogue (domain.md §4): names shared by producers and consumers. Each is the RocketMQ tag of its
 * message, so a consumer can subscribe to just the types it handles.
 */
public final class EventTypes {

    // customer-event
    public static final String CUSTOMER_REGISTERED = "CustomerRegistered";
    public static final String CUSTOMER_CHANGED = "CustomerChanged";
    public static final String CUSTOMER_AUTHENTICATED = "CustomerAuthenticated";
    public static final String DEPT_CHANGED = "DeptChanged";
    public static final String DEPT_ITEM_CHANGED = "DeptItemChanged";
    public static final String DEPT_ITEM_ACCREDITED = "DeptItemAccredited";
    public static final String STAFF_CHANGED = "StaffChanged";
    public static final String USER_LOGGED_IN = "UserLoggedIn";
    // apicall-event
    public static final String CHECK_ITEM_CHANGED = "CheckItemChanged";
    public static final String API_CALL_CHARGED = "ApiCallCharged";
    public static final String USAGE_AGGREGATED = "UsageAggregated";
    public static final String API_RECORD_CORRECTED = "ApiRecordCorrected";
    public static final String FOREWARN_TRIGGERED = "ForewarnTriggered";
    // billing-event
    public static final String PAYMENT_APPROVED = "PaymentApproved";
    public static final String STATEMENT_CHANGED = "StatementChanged";
    // wallet-event
    public static final String WALLET_CHANGED = "WalletChanged";
    public static final String WALLET_EXHAUSTED = "WalletExhausted";
    // sales-event
    public static final String CUSTOMER_ASSIGNED = "CustomerAssigned";
    public static final String SALESMAN_CHANGED = "SalesmanChanged";
    // contract-event
    public static final String CONTRACT_STATE_CHANGED = "ContractStateChanged";
    // on the producing service's own topic (every producer): audit log entries, stored by svc-customer
    public static final String AUDIT_RECORDED = "AuditRecorded";
    // notify-command
    public static final String SEND_NOTICE = "SendNotice";

    private EventTypes() {
    }
}
