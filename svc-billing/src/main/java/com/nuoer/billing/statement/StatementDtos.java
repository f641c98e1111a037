package com.nuoer.billing.statement;

import com.nuoer.common.paging.PageParams;
import com.nuoer.common.validation.Email;
import com.nuoer.common.validation.Month;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/** Requests and answers of the statement endpoints, with the seed's JSON names (3.3.x, 4.7.x, 2.5.x). */
public final class StatementDtos {

    private StatementDtos() {
    }

    /** list / statistics / export filters (crm 3.3.1-3, sales 4.7.1/4.7.9, beeback 2.5.1). */
    public record StatementQuery(
            Integer pageNo, Integer pageSize, Boolean nonPage, Boolean largePage,
            @Size(max = 100, message = "搜索关键字最多100个字符") String keyword,
            @Month String billDateGte,
            @Month String billDateLte,
            @Size(max = 500) List<@NotBlank String> statementNoList,
            @Size(max = 500) List<@NotNull Long> deptIdList,
            List<@NotNull Integer> stateList,
            List<@NotNull Integer> invoiceStateList,
            List<@NotNull Integer> overdraftTypeList,
            List<@NotNull Integer> paymentStateList) implements PageParams {
    }

    public record DetailRequest(
            @NotNull(message = "客户id不能为空") Long deptId,
            @NotBlank(message = "对账单号不能为空") @Size(max = 32) String statementNo) {
    }

    public record MergeDetailRequest(
            @NotNull(message = "组织id不能为空") Long deptId,
            @NotBlank(message = "对账单号不能为空") @Size(max = 32) String statementNo,
            @NotEmpty(message = "合并明细id不能为空") @Size(max = 200) List<@NotNull Long> mergeDetailIds) {
    }

    public record ModifyStatementRequest(
            Integer pageNo, Integer pageSize, Boolean nonPage, Boolean largePage,
            @NotBlank(message = "账单编号不能为空") @Size(max = 32) String statementNo,
            @NotNull(message = "可开票金额不能为空") @DecimalMin(value = "0", message = "可开票金额不能小于0")
            @Digits(integer = 14, fraction = 2, message = "可开票金额最多两位小数") BigDecimal canInvoiceAmount) {
    }

    public record SaveSubBillRequest(
            Long id,
            @Size(max = 32) String statementNo,
            @NotBlank(message = "产品编码不能为空") @Size(max = 64) String checkItem,
            @Size(max = 100) String checkItemName,
            @Min(value = 0, message = "调用笔数不能小于0") Long count,
            @Min(value = 0, message = "计费次数不能小于0") Long chargeCount,
            @DecimalMin(value = "0", message = "单价不能小于0") @Digits(integer = 14, fraction = 4) BigDecimal price,
            @DecimalMin(value = "0", message = "总费用不能小于0") @Digits(integer = 16, fraction = 2) BigDecimal totalFee,
            @DecimalMin(value = "0", message = "已结算金额不能小于0") @Digits(integer = 16, fraction = 2)
            BigDecimal settledAmount,
            @DecimalMin(value = "0", message = "未结算金额不能小于0") @Digits(integer = 16, fraction = 2)
            BigDecimal receivableAmount) {
    }

    public record IdRequest(@NotNull(message = "id不能为空") Long id, String appcode) {
    }

    public record IdsRequest(@NotEmpty(message = "ids不能为空") @Size(max = 200) List<@NotNull Long> ids,
                             String appcode) {
    }

    public record BillIdRequest(@NotNull(message = "账单id不能为空") Long billId) {
    }

    public record AttachmentRequest(@NotNull(message = "账单id不能为空") Long billId, Boolean rebuildForce,
                                    String appcode) {
    }

    public record ResendRequest(
            @NotNull(message = "账单id不能为空") Long billId,
            @NotEmpty(message = "收件人不能为空") @Size(max = 10, message = "收件人最多10个") List<@NotBlank @Email String> receiverList,
            @Size(max = 10, message = "抄送最多10个") List<@NotBlank @Email String> ccList,
            @NotBlank(message = "附件地址不能为空") @Size(max = 500) String attachmentUrl) {
    }

    public record ConfirmRequest(@Size(max = 200) List<@NotBlank String> statementNoList, Long deptId) {
    }

    // ---- answers ----------------------------------------------------------------------------------------------

    public record BillDetailView(
            Long id, String billDate, String billType, Long deptId, String deptName, String appId, String checkItem,
            String checkItemName, String tag, Integer dataSourceId, String dataSource, String dataSourceCode,
            Integer checkConfigId, Long count, Long freeCount, Long chargeCount, BigDecimal price, BigDecimal totalFee,
            BigDecimal totalCost, BigDecimal settledAmount, BigDecimal receivableAmount, String statementNo,
            Boolean manual, LocalDateTime createDate) {
    }

    public record SendRecordView(List<String> receiverList, List<String> ccList, String attachmentUrl,
                                 LocalDateTime sendTime, Integer state) {
    }

    public record StatementView(
            Long id, String statementNo, String billDate, Long userId, Long deptId, String deptName, String appId,
            Integer state, String stateDesc, Integer invoiceState, BigDecimal totalAmount, BigDecimal canInvoiceAmount,
            BigDecimal invoicedAmount, BigDecimal notInvoicedAmount, LocalDateTime confirmDate,
            LocalDateTime invoiceTime, List<BillDetailView> billDetailList, List<String> emails, String attachmentUrl,
            BigDecimal settledAmount, BigDecimal receivableAmount, Integer overdraftType,
            List<SendRecordView> sendRecordList, Integer paymentState, String paymentStateDesc) {
    }

    public record StatementStatistics(BigDecimal totalAmountSum, BigDecimal invoicedAmountSum,
                                      BigDecimal settledAmountSum, BigDecimal receivableAmountSum) {
    }

    public record Receivers(List<String> receiverList, List<String> ccList) {
    }
}
