package com.nuoer.billing.payment;

import com.nuoer.billing.statement.StatementDtos.StatementView;
import com.nuoer.common.paging.PageParams;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** Requests and answers of the payment (回款) endpoints (3.3.26-3.3.28, 4.7.10-4.7.13), seed names. */
public final class PaymentDtos {

    private PaymentDtos() {
    }

    static final String DATE = "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$";

    /** crm payment/list, payment/sum; sales payment/list (no salesmanIds there). */
    public record PaymentQuery(
            Integer pageNo, Integer pageSize, Boolean nonPage, Boolean largePage,
            @Size(max = 500) List<@NotNull Long> customerIds,
            @Size(max = 500) List<@NotNull Long> salesmanIds,
            @Size(max = 3) List<@NotNull Integer> stateList,
            @Pattern(regexp = DATE, message = "回款日期格式应为yyyy-MM-dd") String paymentDateGte,
            @Pattern(regexp = DATE, message = "回款日期格式应为yyyy-MM-dd") String paymentDateLte) implements PageParams {
    }

    public record ReceivableQuery(@Size(max = 500) List<@NotNull Long> customerIds) {
    }

    public record AddPaymentRequest(
            @NotNull(message = "客户id不能为空") Long customerId,
            @NotNull(message = "回款金额不能为空") @DecimalMin(value = "0.01", message = "回款金额必须大于0")
            @Digits(integer = 14, fraction = 2, message = "回款金额最多两位小数") BigDecimal amount,
            @NotNull(message = "回款日期不能为空") LocalDate paymentDate,
            @Size(max = 10, message = "回款凭证最多10个") List<@NotBlank @Size(max = 500)
            @Pattern(regexp = "^https?://\\S+$", message = "回款凭证必须是文件地址(http/https)") String> certificateList,
            @Size(max = 500, message = "备注最多500个字符") String remark) {
    }

    public record AuditRequest(
            @NotBlank(message = "回款单号不能为空") @Size(max = 32) String paymentNo,
            @NotBlank(message = "审核类型不能为空") @Pattern(regexp = "pass|reject", message = "审核类型只能是pass或reject")
            String auditType,
            @Size(max = 500, message = "驳回原因最多500个字符") String rejectReason) {
    }

    // ---- answers ----------------------------------------------------------------------------------------------

    public record SettleView(Long createBy, LocalDateTime createTime, LocalDateTime modifyTime, Long id,
                             String statementNo, String billDate, Long userId, Long deptId, String deptName,
                             String appId, Integer state, String stateDesc, Integer invoiceState,
                             BigDecimal totalAmount, BigDecimal invoicedAmount, BigDecimal notInvoicedAmount,
                             LocalDateTime confirmDate, LocalDateTime invoiceTime, List<String> emails,
                             String attachmentUrl, BigDecimal paymentAmount, BigDecimal settleAmount) {
    }

    public record PaymentView(Long id, Long createBy, LocalDateTime createTime, LocalDateTime modifyTime,
                              String paymentNo, Long customerId, String customerName, Long salesmanId,
                              String salesmanName, BigDecimal amount, BigDecimal residueAmount,
                              BigDecimal afterDebtAmount, Integer state, LocalDate paymentDate,
                              LocalDateTime auditTime, List<String> certificateList, String remark,
                              List<SettleView> settleDetails, String rejectReason, BigDecimal royaltyRate,
                              BigDecimal royaltyAmount) {
    }

    public record PaymentSum(BigDecimal amountSum, BigDecimal royaltyAmountSum) {
    }

    public record ReceivableView(Long customerId, String customerName, BigDecimal receivableAmount,
                                 Integer receivableCount, LocalDate lastPaymentDate, String linkman,
                                 String linkMobile, List<StatementView> statementList) {
    }
}
