package com.nuoer.apicall.catalog;

import com.nuoer.common.error.BizException;
import com.nuoer.common.error.ErrorCode;
import com.nuoer.common.messaging.events.CheckItemChanged;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A data-API product (检测项, domain.md §2.3). State changes and the fusion rules live here; the service checks what
 * needs other rows (sub-items exist, the product is nobody's sub-item). {@code version} is the optimistic lock and the
 * monotonic version of {@link CheckItemChanged}.
 */
@Entity
@Table(name = "check_item")
public class CheckItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "check_item", nullable = false, updatable = false)
    private String code;
    private String itemName;
    private int checkType;
    private int state;
    private int isOpen;
    private int cacheFlag;
    private int cacheTime;
    private int feeType;
    private BigDecimal riskThreshold;
    private BigDecimal price;
    private BigDecimal floorPrice;
    private boolean applicable;
    private boolean isFusion;
    private int maxFreeCount;
    private String encryptable;
    private boolean deleted;
    @Version
    private long version;
    private Long createBy;
    @Column(updatable = false)
    private LocalDateTime createDate;
    private LocalDateTime updateDate;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "check_item_sub_item", joinColumns = @JoinColumn(name = "check_item_id"))
    @OrderColumn(name = "sort")
    @Column(name = "sub_item")
    private List<String> subItems = new ArrayList<>();

    protected CheckItem() {
    }

    /** A new product: off the shelf (DOWN) until ops configure its upstreams and put it up with changeState. */
    public static CheckItem create(String code, CheckItemSpec spec, Long createBy, LocalDateTime now) {
        if (spec.itemName() == null || spec.itemName().isBlank()) {
            throw new BizException(ErrorCode.VALIDATION_FAILED, "itemName: 不能为空");
        }
        CheckItem item = new CheckItem();
        item.code = code;
        item.state = CheckItemState.DOWN.code();
        item.isOpen = 1;
        item.checkType = 400;
        item.feeType = 10;
        item.price = money(BigDecimal.ZERO);
        item.encryptable = "1";
        item.createBy = createBy;
        item.createDate = now;
        item.apply(spec, now);
        return item;
    }

    /** Overwrites the given attributes (null = keep); updateDate moves only when something changed. */
    public void apply(CheckItemSpec spec, LocalDateTime now) {
        CheckItemChanged before = snapshot();
        applyFields(spec);
        if (createDate == null || updateDate == null || !before.equals(snapshot())) {
            updateDate = now;
        }
    }

    private void applyFields(CheckItemSpec spec) {
        if (spec.itemName() != null) {
            if (spec.itemName().isBlank()) {
                throw new BizException(ErrorCode.VALIDATION_FAILED, "itemName: 不能为空");
            }
            itemName = spec.itemName();
        }
        if (spec.checkType() != null) {
            checkType = spec.checkType();
        }
        if (spec.cacheFlag() != null) {
            cacheFlag = spec.cacheFlag();
        }
        if (spec.cacheTime() != null) {
            cacheTime = spec.cacheTime();
        }
        if (spec.feeType() != null) {
            feeType = spec.feeType();
        }
        if (spec.riskThreshold() != null) {
            riskThreshold = money(spec.riskThreshold());
        }
        if (spec.price() != null) {
            price = money(spec.price());
        }
        if (spec.floorPrice() != null) {
            floorPrice = money(spec.floorPrice());
        }
        if (spec.applicable() != null) {
            applicable = spec.applicable();
        }
        if (spec.isOpen() != null) {
            isOpen = spec.isOpen();
        }
        if (spec.maxFreeCount() != null) {
            maxFreeCount = spec.maxFreeCount();
        }
        if (spec.encryptableList() != null) {
            encryptable = spec.encryptableList().isEmpty() ? "1" : CatalogCodes.joinCodes(spec.encryptableList());
        }
        if (spec.isFusion() != null && spec.isFusion() != isFusion) {
            if (!spec.isFusion() && !subItems.isEmpty()) {
                throw CatalogErrors.HAS_SUB_ITEMS.exception();
            }
            isFusion = spec.isFusion();
        }
        if (floorPrice != null && price != null && floorPrice.compareTo(price) > 0) {
            throw new BizException(ErrorCode.VALIDATION_FAILED, "floorPrice: 销售底价不能高于单价");
        }
        if (cacheFlag == 1 && cacheTime <= 0) {
            throw new BizException(ErrorCode.VALIDATION_FAILED, "cacheTime: 启用缓存时缓存天数必须大于0");
        }
    }

    /** True when every attribute the spec gives already has that value (a repeated add changes nothing). */
    public boolean matches(CheckItemSpec spec) {
        return same(spec.itemName(), itemName) && same(spec.checkType(), checkType)
                && same(spec.cacheFlag(), cacheFlag) && same(spec.cacheTime(), cacheTime)
                && same(spec.feeType(), feeType) && sameAmount(spec.riskThreshold(), riskThreshold)
                && sameAmount(spec.price(), price) && sameAmount(spec.floorPrice(), floorPrice)
                && same(spec.applicable(), applicable) && same(spec.isFusion(), isFusion)
                && same(spec.isOpen(), isOpen) && same(spec.maxFreeCount(), maxFreeCount)
                && (spec.encryptableList() == null || spec.encryptableList().equals(encryptableList()));
    }

    private static boolean same(Object given, Object current) {
        return given == null || given.equals(current);
    }

    private static boolean sameAmount(BigDecimal given, BigDecimal current) {
        return given == null || (current != null && given.compareTo(current) == 0);
    }

    /** numeric(18,4): the scale the database gives back, so snapshots compare equal across loads. */
    private static BigDecimal money(BigDecimal v) {
        return v.setScale(4, RoundingMode.HALF_UP);
    }

    /** Sets the state; false when it already was that state (nothing changed). */
    public boolean changeState(CheckItemState to, LocalDateTime now) {
        if (deleted) {
            throw BizException.notFound("产品");
        }
        if (state == to.code()) {
            return false;
        }
        state = to.code();
        updateDate = now;
        return true;
    }

    /** Replaces the default sub-items (the service has checked that each exists and is not a fusion product). */
    public void replaceSubItems(List<String> codes, LocalDateTime now) {
        if (!isFusion) {
            throw CatalogErrors.NOT_FUSION.exception();
        }
        if (codes.contains(code)) {
            throw CatalogErrors.SUB_ITEM_IS_FUSION.exception("聚合产品不能把自己作为子项");
        }
        if (!Objects.equals(subItems, codes)) {
            subItems.clear();
            subItems.addAll(codes);
            updateDate = now;
        }
    }

    /** Soft delete: only products off the shelf; the code stays reserved (add / syncAdd revive it). */
    public void delete(LocalDateTime now) {
        if (state == CheckItemState.UP.code()) {
            throw CatalogErrors.DELETE_ON_SHELF.exception();
        }
        deleted = true;
        isOpen = 0;
        state = CheckItemState.DOWN.code();
        updateDate = now;
    }

    /** add / syncAdd of a deleted code: the product comes back with the new attributes, off the shelf. */
    public void revive(CheckItemSpec spec, LocalDateTime now) {
        deleted = false;
        isOpen = 1;
        state = CheckItemState.DOWN.code();
        apply(spec, now);
        updateDate = now;
    }

    public CheckItemChanged snapshot() {
        return new CheckItemChanged(code, itemName, checkType, state, isOpen, feeType, price, floorPrice, applicable,
                isFusion, List.copyOf(subItems), maxFreeCount, encryptableList(), cacheFlag, cacheTime, version);
    }

    public List<Integer> encryptableList() {
        return CatalogCodes.splitCodes(encryptable);
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getItemName() {
        return itemName;
    }

    public CheckItemState state() {
        return CheckItemState.of(state);
    }

    public boolean isFusion() {
        return isFusion;
    }

    public boolean isDeleted() {
        return deleted;
    }

    public List<String> getSubItems() {
        return List.copyOf(subItems);
    }

    public long getVersion() {
        return version;
    }

    public BigDecimal getPrice() {
        return price;
    }
}
