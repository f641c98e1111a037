package com.nuoer.common.messaging.events;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;

/**
 * Event on {@code apicall-event} (tag {@code CheckItemChanged}, aggregate = the product code {@code checkItem}),
 * published by svc-apicall through the outbox in the transaction of every catalogue change: add / syncAdd, edit /
 * syncEdit, saveDefaultSubItems, changeState (immediately or when a pending change with a future effectTime is
 * applied), delete. A full snapshot of the product, so consumers (svc-customer deptItem projections, svc-portal docs,
 * svc-sales, svc-billing) simply overwrite their copy; keep the highest {@code version} per checkItem and drop older
 * ones (delivery order is not guaranteed). A deleted product is published once more with state -1 and isOpen 0.
 *
 * @param checkItem       product code (natural key, the same in every environment)
 * @param itemName        product name
 * @param checkType       ProductType: 100基础查询 101画像查询 110标签查询 111黑名单查询 112模型查询 200核验 300工具 400其他
 * @param state           CheckItemState: -1 已下架, 10 已上架, 5 异常
 * @param isOpen          1 启用, 0 停用
 * @param feeType         FeeType: 10 查询计费, 20 查得计费
 * @param price           list price (yuan per call)
 * @param floorPrice      default floor price for salesmen (may be null)
 * @param applicable      customers may apply for it online
 * @param isFusion        fusion product (聚合产品)
 * @param subItems        default sub-item codes of a fusion product, in order (empty otherwise)
 * @param maxFreeCount    free calls a salesman may grant at most
 * @param encryptableList EncryptionType codes accepted for the query subject: 1 明文, 2 MD5, 3 SHA256, 4 SM3
 * @param cacheFlag       1 = answers may be served from the cache
 * @param cacheTime       cache days
 * @param version         monotonic version of the product
 */
public record CheckItemChanged(
        String checkItem,
        String itemName,
        Integer checkType,
        Integer state,
        Integer isOpen,
        Integer feeType,
        BigDecimal price,
        BigDecimal floorPrice,
        Boolean applicable,
        @JsonProperty("isFusion") Boolean isFusion,
        List<String> subItems,
        Integer maxFreeCount,
        List<Integer> encryptableList,
        Integer cacheFlag,
        Integer cacheTime,
        long version) {
}
