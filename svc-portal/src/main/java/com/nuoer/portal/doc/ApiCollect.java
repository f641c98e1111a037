package com.nuoer.portal.doc;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A favourite: one portal user (within one developer account, 0 = none) marks one product. */
@Entity
@Table(name = "api_collect")
public class ApiCollect {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long userId;
    private Long deptId;
    private String checkItem;
    private LocalDateTime createTime;

    protected ApiCollect() {
    }

    public ApiCollect(Long userId, Long deptId, String checkItem, LocalDateTime createTime) {
        this.userId = userId;
        this.deptId = deptId;
        this.checkItem = checkItem;
        this.createTime = createTime;
    }

    public Long getId() { return id; }
    public Long getUserId() { return userId; }
    public Long getDeptId() { return deptId; }
    public String getCheckItem() { return checkItem; }
    public LocalDateTime getCreateTime() { return createTime; }
}
