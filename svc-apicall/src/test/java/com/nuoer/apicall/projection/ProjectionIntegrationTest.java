package com.nuoer.apicall.projection;

import static org.assertj.core.api.Assertions.assertThat;

import com.nuoer.apicall.ApicallIntegrationBase;
import com.nuoer.common.messaging.events.DeptChanged;
import com.nuoer.common.messaging.events.DeptItemChanged;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The call path's copies keep the highest version whatever the delivery order. */
class ProjectionIntegrationTest extends ApicallIntegrationBase {

    @Autowired
    ProjectionStore store;

    private static DeptItemChanged item(long id, long deptId, int state, String fee, long version) {
        return new DeptItemChanged(id, deptId, deptId, deptId, deptId, "ID2_CHECK", "身份证二要素核验", false, null, state, 1,
                10, null, new BigDecimal(fee), null, 0, null, 100, null,
                List.of(new DeptItemChanged.SourceConfig(2L, 2L, 0)), false, LocalDateTime.now(), version);
    }

    @Test
    void anOlderDeptItemSnapshotArrivingLateIsIgnored() {
        long id = 700_000_000L + System.nanoTime() % 1_000_000;
        long deptId = id;
        assertThat(store.applyDeptItem(item(id, deptId, 10, "0.30", 3))).isTrue();
        assertThat(store.applyDeptItem(item(id, deptId, -1, "0.10", 2))).isFalse();
        DeptItemView v = store.deptItems(deptId).get(0);
        assertThat(v.state()).isEqualTo(10);
        assertThat(v.fee()).isEqualByComparingTo("0.30");
        assertThat(v.sourceList()).extracting(DeptItemChanged.SourceConfig::sourceId).containsExactly(2L);
        assertThat(store.applyDeptItem(item(id, deptId, -1, "0.30", 4))).isTrue();
        assertThat(store.deptItems(deptId).get(0).usable()).isFalse();
    }

    @Test
    void aDeptChangeReplacesTheWhitelistAtOnce() {
        long deptId = 710_000_000L + System.nanoTime() % 1_000_000;
        String appId = "proj_" + deptId;
        store.applyDept(new DeptChanged(deptId, deptId, deptId, "投影测试", appId, "enc:v1:x", "prod", 1, "off", 1));
        assertThat(store.deptByAppId(appId)).get().extracting(DeptView::whiteIpList).isEqualTo("off");
        store.applyDept(new DeptChanged(deptId, deptId, deptId, "投影测试", appId, "enc:v1:x", "prod", 1, "1.2.3.4", 2));
        assertThat(store.deptByAppId(appId)).get().extracting(DeptView::whiteIpList).isEqualTo("1.2.3.4");
        store.applyDept(new DeptChanged(deptId, deptId, deptId, "投影测试", appId, "enc:v1:x", "prod", 1, "off", 1));
        assertThat(store.deptByAppId(appId)).get().extracting(DeptView::whiteIpList).isEqualTo("1.2.3.4");
    }
}
