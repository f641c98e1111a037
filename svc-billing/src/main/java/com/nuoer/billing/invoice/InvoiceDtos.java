package com.nuoer.billing.invoice;

import com.nuoer.common.paging.PageParams;
import com.nuoer.common.validation.Email;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/** Requests and answers of the invoice endpoints (2.5.3-2.5.8, 3.3.16-3.3.22, 3.7.49, 4.7.17-4.7.23), seed names. */
public final class InvoiceDtos {

    private InvoiceDtos() {
    }

    static final String INVOICE_TYPE = "normal|special";
    static final String INVOICE_TYPE_MSG = "开票类型只能是normal(普票)或special(专票)";
    static final String URL = "^https?://\\S+$";

    /** beeback invoiceCalculate: 「传null统计全部可开票账单」. */
    public record CalculateRequest(@Size(max = 200) List<@NotBlank @Size(max = 32) String> statementNoList) {
    }

    /** crm/sales invoice/calculate. */
    public record DeptCalculateRequest(
            @NotNull(message = "客户id不能为空") Long deptId,
            @Size(max = 200) List<@NotBlank @Size(max = 32) String> statementNoList) {
    }

    /** beeback applyInvoice. */
    public record ApplyInvoiceRequest(
            @Size(max = 200) List<@NotBlank @Size(max = 32) String> statementNoList,
            @NotNull(message = "开票金额不能为空") @DecimalMin(value = "0.01", message = "开票金额必须大于0")
            @Digits(integer = 14, fraction = 2, message = "开票金额最多两位小数") BigDecimal invoiceAmount,
            @NotBlank(message = "开票类型不能为空") @Pattern(regexp = INVOICE_TYPE, message = INVOICE_TYPE_MSG) String invoiceType,
            @NotBlank(message = "抬头不能为空") @Size(max = 200, message = "抬头最多200个字符") String headerName,
            @NotBlank(message = "税号不能为空") @Pattern(regexp = "^[0-9A-Za-z]{15,20}$", message = "税号格式错误") String tin,
            @NotBlank(message = "邮箱不能为空") @Email @Size(max = 200) String email) {
    }

    /** crm/sales invoice/add. */
    public record AddInvoiceRequest(
            @NotNull(message = "客户id不能为空") Long deptId,
            @Size(max = 200) List<@NotBlank @Size(max = 32) String> statementNoList,
            @NotNull(message = "开票金额不能为空") @DecimalMin(value = "0.01", message = "开票金额必须大于0")
            @Digits(integer = 14, fraction = 2, message = "开票金额最多两位小数") BigDecimal invoiceAmount,
            @NotBlank(message = "开票类型不能为空") @Pattern(regexp = INVOICE_TYPE, message = INVOICE_TYPE_MSG) String invoiceType,
            @NotBlank(message = "抬头不能为空") @Size(max = 200, message = "抬头最多200个字符") String headerName,
            @NotBlank(message = "税号不能为空") @Pattern(regexp = "^[0-9A-Za-z]{15,20}$", message = "税号格式错误") String tin,
            @NotBlank(message = "邮箱不能为空") @Email @Size(max = 200) String email,
            @Size(max = 500) @Pattern(regexp = URL, message = "发票地址必须是http(s)地址") String invoiceUrl) {
    }

    public record InvoiceQuery(
            Integer pageNo, Integer pageSize, Boolean nonPage, Boolean largePage,
            Long deptId,
            @Size(max = 500) List<@NotNull Long> deptIdList,
            @Size(max = 10) List<@NotNull Integer> stateList) implements PageParams {
    }

    public record IdRequest(@NotNull(message = "id不能为空") Long id, String appcode) {
    }

    public record SendEmailRequest(
            @NotNull(message = "开票记录id不能为空") Long id,
            @NotBlank(message = "邮箱不能为空") @Email @Size(max = 200) String email) {
    }

    public record AuditRequest(
            @NotNull(message = "id不能为空") Long id,
            @NotBlank(message = "审核类型不能为空") @Pattern(regexp = "pass|reject", message = "审核类型只能是pass或reject")
            String auditType,
            @Size(max = 500, message = "拒绝原因最多500个字符") String rejectReason,
            @Size(max = 500) @Pattern(regexp = URL, message = "发票文件地址必须是http(s)地址") String invoiceUrl) {
    }

    public record FinishRequest(
            @NotNull(message = "开票记录id不能为空") Long id,
            @NotBlank(message = "发票文件地址不能为空") @Size(max = 500)
            @Pattern(regexp = URL, message = "发票文件地址必须是http(s)地址") String invoiceUrl) {
    }

    public record HeaderQuery(
            @NotNull(message = "客户id不能为空") Long userId,
            @Pattern(regexp = INVOICE_TYPE, message = INVOICE_TYPE_MSG) String invoiceType) {
    }

    // ---- answers ----------------------------------------------------------------------------------------------

    public record StatementDetail(Long statementId, String statementNo, BigDecimal invoiceAmount) {
    }

    public record InvoiceCalculation(BigDecimal totalAmountSum, BigDecimal invoicedAmountSum,
                                     BigDecimal notInvoicedAmountSum, List<StatementDetail> statementDetails) {
    }

    /** A statement the invoice covers; {@code invoiceAmount} (not in the seed) = this invoice's share of it. */
    public record InvoiceStatementView(Long id, String statementNo, String billDate, Long deptId, String deptName,
                                       String appId, Integer state, Integer invoiceState, BigDecimal invoicedAmount,
                                       LocalDateTime invoiceTime, BigDecimal invoiceAmount) {
    }

    public record InvoiceView(Long id, Long deptId, String deptName, String invoiceType, Integer state,
                              BigDecimal invoiceAmount, List<InvoiceStatementView> statementList, String headerName,
                              String tin, String email, LocalDateTime invoiceTime, String invoiceUrl,
                              LocalDateTime createDate, String stateDesc, String rejectReason) {
    }

    public record InvoiceHeaderView(Long id, Long createBy, LocalDateTime createTime, LocalDateTime modifyTime,
                                    Long userId, String username, String invoiceType, String name, String tin,
                                    String email) {
    }
}
