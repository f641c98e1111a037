package com.nuoer.common.messaging.events;

import java.time.LocalDateTime;
import java.util.List;

/**
 * Event on {@code contract-event} (tag {@code ContractStateChanged}, aggregate = contractNo), published by
 * svc-contract through the outbox on every state change of a contract (submit, signed or rejected by the e-sign
 * callback, manual upload, withdraw, delete, renewal/expiry-time change, expiry found by the daily check; flow F4-7).
 * svc-customer sets the contractState of the listed deptItems (and of the dept when {@code seq} = 0) and republishes
 * them as {@code DeptItemChanged}; svc-sales updates its maintain view. Full snapshot, ordered by {@code version}.
 *
 * @param seq         签署版次: 0 合作协议, n ≥ 1 product supplement
 * @param state       ContractState: 0 未发起, 50 待签署, 80 已线下签署, 100 已签署, -10 已拒签, -1 已取消
 * @param expired     true when {@code expireTime} has passed (the deptItems count as unsigned again)
 * @param deptItemIds the authorised products the contract covers
 */
public record ContractStateChanged(
        String contractNo,
        Long deptId,
        Long organizationId,
        Long userId,
        Integer seq,
        Integer state,
        boolean expired,
        List<Long> deptItemIds,
        List<String> checkItems,
        LocalDateTime finishTime,
        LocalDateTime expireTime,
        long version,
        LocalDateTime changedAt) {
}
