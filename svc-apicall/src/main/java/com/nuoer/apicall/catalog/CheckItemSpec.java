package com.nuoer.apicall.catalog;

import java.math.BigDecimal;
import java.util.List;

/**
 * The writable attributes of a product, as add / edit / their sync twins send them. A null attribute means "not
 * given": a new product takes the default, an edit keeps the current value. Codes are validated by
 * {@link #validated()}.
 */
public record CheckItemSpec(
        String itemName,
        Integer checkType,
        Integer cacheFlag,
        Integer cacheTime,
        Integer feeType,
        BigDecimal riskThreshold,
        BigDecimal price,
        BigDecimal floorPrice,
        Boolean applicable,
        Boolean isFusion,
        List<Integer> encryptableList,
        Integer isOpen,
        Integer maxFreeCount) {

    public CheckItemSpec validated() {
        CatalogCodes.check("checkType", checkType, CatalogCodes.PRODUCT_TYPES);
        CatalogCodes.check("cacheFlag", cacheFlag, CatalogCodes.FLAGS);
        CatalogCodes.check("feeType", feeType, CatalogCodes.FEE_TYPES);
        CatalogCodes.check("isOpen", isOpen, CatalogCodes.FLAGS);
        return new CheckItemSpec(itemName == null ? null : itemName.trim(), checkType, cacheFlag, cacheTime, feeType,
                riskThreshold, price, floorPrice, applicable, isFusion,
                CatalogCodes.checkEncryptions(encryptableList), isOpen, maxFreeCount);
    }
}
