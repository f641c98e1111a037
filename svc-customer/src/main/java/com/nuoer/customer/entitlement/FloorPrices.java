package com.nuoer.customer.entitlement;

import com.nuoer.common.web.ApiResponse;
import com.nuoer.customer.entitlement.catalog.Product;
import com.nuoer.customer.entitlement.client.SalesFloorPriceClient;
import java.math.BigDecimal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The floor price a salesman may sell a product at: svc-sales' salesman floor price, else (svc-sales down, slow or
 * answering null) the catalogue floorPrice. A price below it needs ops approval (domain.md §6-3).
 */
@Component
public class FloorPrices {

    private static final Logger log = LoggerFactory.getLogger(FloorPrices.class);

    private final SalesFloorPriceClient sales;

    public FloorPrices(SalesFloorPriceClient sales) {
        this.sales = sales;
    }

    public BigDecimal of(long salesmanId, Product product) {
        try {
            ApiResponse<BigDecimal> r = sales.floorPrice(salesmanId, product.checkItem());
            if (r != null && r.success() && r.data() != null) {
                return r.data();
            }
        } catch (RuntimeException e) {
            log.warn("svc-sales floorPrice unavailable ({}), using the catalogue floor price of {}", e.toString(),
                    product.checkItem());
        }
        return product.floorPrice();
    }

    public boolean below(Long salesmanId, Product product, BigDecimal fee) {
        if (salesmanId == null || fee == null) {
            return false;
        }
        BigDecimal floor = of(salesmanId, product);
        return floor != null && fee.compareTo(floor) < 0;
    }
}
