package com.nuoer.apicall.catalog.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.nuoer.apicall.catalog.CatalogQueries;
import com.nuoer.apicall.catalog.CatalogQueries.SubItemRow;
import com.nuoer.apicall.catalog.CheckItemSpec;
import com.nuoer.apicall.catalog.StateChangeService;
import com.nuoer.apicall.catalog.StateChangeService.NoticeCustomer;
import com.nuoer.common.paging.PageParams;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/** Requests and answers of the product endpoints (seed names; crm 3.10.x, sales 4.1.x). */
public final class CheckItemDtos {

    static final String CODE_PATTERN = "[A-Za-z0-9_]{2,64}";
    static final String CODE_MESSAGE = "产品编码只能包含字母、数字和下划线，2-64位";

    private CheckItemDtos() {
    }

    /** 3.10.2 add / 3.10.4 syncAdd ({@code maxFreeCount} is ours: the seed shows it but has no writer). */
    public record AddRequest(
            Boolean syncOtherEnv,
            @NotBlank @Pattern(regexp = CODE_PATTERN, message = CODE_MESSAGE) String checkItem,
            @NotBlank @Size(max = 128) String itemName,
            Integer checkType,
            Integer cacheFlag,
            @Min(0) @Max(3650) Integer cacheTime,
            Integer feeType,
            @DecimalMin("0") @DecimalMax("100000") @Digits(integer = 14, fraction = 4) BigDecimal riskThreshold,
            @DecimalMin("0") @Digits(integer = 14, fraction = 4) BigDecimal price,
            @DecimalMin("0") @Digits(integer = 14, fraction = 4) BigDecimal floorPrice,
            @JsonProperty("isFusion") Boolean isFusion,
            Boolean applicable,
            @Size(max = 4) List<Integer> encryptableList,
            @Min(0) @Max(1000000) Integer maxFreeCount) {

        public CheckItemSpec spec() {
            return new CheckItemSpec(itemName, checkType, cacheFlag, cacheTime, feeType, riskThreshold, price,
                    floorPrice, applicable, isFusion, encryptableList, null, maxFreeCount);
        }
    }

    /** 3.10.5 edit / 3.10.6 syncEdit: 「id、itemCode二选一」; attributes left out keep their value. */
    public record EditRequest(
            Boolean syncOtherEnv,
            Long id,
            @Pattern(regexp = CODE_PATTERN, message = CODE_MESSAGE) String itemCode,
            @Size(min = 1, max = 128) String itemName,
            Integer checkType,
            Integer feeType,
            Integer cacheFlag,
            @Min(0) @Max(3650) Integer cacheTime,
            Integer isOpen,
            @DecimalMin("0") @DecimalMax("100000") @Digits(integer = 14, fraction = 4) BigDecimal riskThreshold,
            @DecimalMin("0") @Digits(integer = 14, fraction = 4) BigDecimal price,
            @DecimalMin("0") @Digits(integer = 14, fraction = 4) BigDecimal floorPrice,
            Boolean applicable,
            @JsonProperty("isFusion") Boolean isFusion,
            @Size(max = 4) List<Integer> encryptableList,
            @Min(0) @Max(1000000) Integer maxFreeCount) {

        public CheckItemSpec spec() {
            return new CheckItemSpec(itemName, checkType, cacheFlag, cacheTime, feeType, riskThreshold, price,
                    floorPrice, applicable, isFusion, encryptableList, isOpen, maxFreeCount);
        }
    }

    /** 3.10.7 saveDefaultSubItems / 3.10.8 syncSaveDefaultSubItems. */
    public record SubItemsRequest(
            Boolean syncOtherEnv,
            @NotBlank @Pattern(regexp = CODE_PATTERN, message = CODE_MESSAGE) String checkItem,
            @NotNull @Size(max = 50) List<@NotBlank @Size(max = 64) String> subItems) {
    }

    /** 3.10.3 delete (and the data source / upstream deletes): {@code appcode} is ignored (domain.md §5.7). */
    public record IdRequest(@NotNull Long id, String appcode) {
    }

    /** 3.10.10 changeState. */
    public record ChangeStateRequest(
            @NotBlank @Pattern(regexp = CODE_PATTERN, message = CODE_MESSAGE) String checkItem,
            @NotNull Integer state,
            @NotNull Integer noticeScope,
            @Size(max = 2) List<String> noticeMethods,
            LocalDateTime effectTime,
            @Size(max = 500) String note,
            @Size(max = 500) List<@Valid NoticeCustomer> noticeCustomers,
            Boolean confirmed) {

        public StateChangeService.Command command() {
            return new StateChangeService.Command(checkItem, state, noticeScope, noticeMethods, effectTime, note,
                    noticeCustomers, Boolean.TRUE.equals(confirmed));
        }
    }

    /** 3.10.1 / 4.1.1 list and 4.1.2 export (same filters). */
    public record ListRequest(
            Integer pageNo, Integer pageSize, Boolean nonPage, Boolean largePage,
            @Size(max = 64) String keyword,
            Boolean applicable,
            @Size(max = 500) List<String> checkItemList,
            @Size(max = 500) List<String> excludeCheckItemList,
            Long excludeDeptId,
            Long compareDeptId,
            @JsonProperty("isFusion") Boolean isFusion,
            Integer state,
            Integer checkType,
            Integer cacheFlag,
            Integer feeType) implements PageParams {

        public CatalogQueries.Filter filter() {
            return new CatalogQueries.Filter(keyword, applicable, checkItemList, excludeCheckItemList, excludeDeptId,
                    compareDeptId, isFusion, state, checkType, cacheFlag, feeType);
        }
    }

    /** A product as lists show it; {@code subItems}/{@code encryptable} are the comma forms of the two lists. */
    public record CheckItemView(
            Long id, String checkItem, String itemName, Integer cacheFlag, Integer cacheTime, Integer state,
            Integer checkType, Integer isOpen, BigDecimal riskThreshold, BigDecimal price, BigDecimal floorPrice,
            Boolean applicable, LocalDateTime createDate, LocalDateTime updateDate, Integer feeType,
            @JsonProperty("isFusion") Boolean isFusion, String subItems, List<SubItemRow> subItemList,
            @JsonProperty("isAccredit") Boolean isAccredit, Integer maxFreeCount, String encryptable,
            List<Integer> encryptableList) {

        public static CheckItemView of(CatalogQueries.Row r) {
            return new CheckItemView(r.id(), r.checkItem(), r.itemName(), r.cacheFlag(), r.cacheTime(), r.state(),
                    r.checkType(), r.isOpen(), r.riskThreshold(), r.price(), r.floorPrice(), r.applicable(),
                    r.createDate(), r.updateDate(), r.feeType(), r.isFusion(), String.join(",", r.subItemCodes()),
                    r.subItemList(), r.isAccredit(), r.maxFreeCount(),
                    String.join(",", r.encryptableList().stream().map(String::valueOf).toList()),
                    r.encryptableList());
        }
    }
}
