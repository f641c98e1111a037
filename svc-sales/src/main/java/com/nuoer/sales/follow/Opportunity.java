package com.nuoer.sales.follow;

import com.nuoer.sales.support.SalesError;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A salesman's lead (商机); becomes a customer on registration ({@code customerId}), soft-deleted. */
@Entity
@Table(name = "opportunity")
public class Opportunity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "customer_name", nullable = false)
    private String customerName;
    @Column(name = "contact_name")
    private String contactName;
    @Column(name = "contact_mobile")
    private String contactMobile;
    @Column(name = "customer_nature")
    private String customerNature;
    @Column(name = "salesman_id", nullable = false)
    private Long salesmanId;
    @Column(name = "role_type")
    private String roleType;
    @Column(name = "customer_id")
    private Long customerId;
    @Column(nullable = false)
    private boolean deleted;
    @Column(name = "create_by")
    private Long createBy;
    @Column(name = "create_time", nullable = false)
    private LocalDateTime createTime;
    @Column(name = "modify_time", nullable = false)
    private LocalDateTime modifyTime;

    protected Opportunity() {
    }

    public static Opportunity open(String customerName, String contactName, String contactMobile,
                                   String customerNature, long salesmanId, String roleType, Long actor,
                                   LocalDateTime now) {
        Opportunity o = new Opportunity();
        o.customerName = customerName;
        o.contactName = contactName;
        o.contactMobile = contactMobile;
        o.customerNature = customerNature;
        o.salesmanId = salesmanId;
        o.roleType = roleType;
        o.createBy = actor;
        o.createTime = now;
        o.modifyTime = now;
        return o;
    }

    /** Edits the lead; a deleted one is gone (404). */
    public void edit(String customerName, String contactName, String contactMobile, String customerNature,
                     LocalDateTime now) {
        if (deleted) {
            throw SalesError.OPPORTUNITY_NOT_FOUND.exception();
        }
        this.customerName = customerName;
        this.contactName = contactName;
        this.contactMobile = contactMobile;
        this.customerNature = customerNature;
        this.modifyTime = now;
    }

    /** Soft delete; deleting again changes nothing. */
    public void delete(LocalDateTime now) {
        if (!deleted) {
            deleted = true;
            modifyTime = now;
        }
    }

    public boolean ownedBy(long salesman) {
        return salesmanId == salesman;
    }

    public Long getId() {
        return id;
    }
}
