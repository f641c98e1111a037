package com.nuoer.customer.entitlement.web;

import com.nuoer.common.session.SessionInfo;
import com.nuoer.customer.entitlement.DeptItemCommands.DeptItemListRequest;
import com.nuoer.customer.entitlement.DeptItemFilter;
import com.nuoer.customer.entitlement.DeptScope;
import org.springframework.stereotype.Component;

/** Request → filter mapping of the deptItem lists, in one place for all front-ends. */
@Component
class DeptItemListing {

    private final DeptScope scope;

    DeptItemListing(DeptScope scope) {
        this.scope = scope;
    }

    DeptItemFilter filter(SessionInfo s, DeptItemListRequest r, boolean royaltiesAllowed) {
        return new DeptItemFilter(scope.visibleDeptIds(s), r.deptIdList(), r.keyword(), r.checkItemList(),
                r.stateList(), r.applicable(), r.isFusion(), r.fusionDeptItemId(), r.idList(),
                r.contractStateList(), r.merchantId(), royaltiesAllowed ? r.spreaderId() : null,
                !Boolean.FALSE.equals(r.queryAdjusting()), royaltiesAllowed && Boolean.TRUE.equals(r.querySpreader()));
    }
}
