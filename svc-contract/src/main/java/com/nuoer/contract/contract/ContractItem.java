package com.nuoer.contract.contract;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An authorised product covered by a contract: the price snapshot shown in the contract. */
@Embeddable
public class ContractItem {

    @Column(name = "dept_item_id", nullable = false)
    private Long deptItemId;
    @Column(name = "check_item", nullable = false)
    private String checkItem;
    @Column(name = "item_name", nullable = false)
    private String itemName;
    @Column(name = "show_fee", nullable = false)
    private String showFee;
    @Column(name = "fee_type", nullable = false)
    private String feeType;
    @Column(name = "remark")
    private String remark;

    protected ContractItem() {
    }

    public ContractItem(Long deptItemId, String checkItem, String itemName, String showFee, String feeType,
                        String remark) {
        this.deptItemId = deptItemId;
        this.checkItem = checkItem;
        this.itemName = itemName;
        this.showFee = showFee;
        this.feeType = feeType;
        this.remark = remark;
    }

    public Long deptItemId() {
        return deptItemId;
    }

    public String checkItem() {
        return checkItem;
    }

    public String itemName() {
        return itemName;
    }

    public String showFee() {
        return showFee;
    }

    public String feeType() {
        return feeType;
    }

    public String remark() {
        return remark;
    }
}
