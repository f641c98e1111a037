package com.nuoer.customer.entitlement.catalog;

import java.math.BigDecimal;
import java.util.List;

/** One product of the catalogue copy (svc-apicall CheckItemChanged). */
public record Product(String checkItem, String itemName, Integer checkType, int state, int isOpen, Integer feeType,
                      BigDecimal price, BigDecimal floorPrice, boolean applicable, boolean isFusion,
                      List<String> subItems, Integer maxFreeCount, Integer cacheFlag, Integer cacheTime) {

    public static final int OFFLINE = -1;

    public boolean offline() {
        return state == OFFLINE || isOpen == 0;
    }
}
