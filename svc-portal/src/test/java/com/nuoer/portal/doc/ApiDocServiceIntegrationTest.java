package com.nuoer.portal.doc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nuoer.common.error.BizException;
import com.nuoer.common.messaging.events.CheckItemChanged;
import com.nuoer.common.session.SessionContext;
import com.nuoer.common.session.SessionInfo;
import com.nuoer.portal.deptitem.DeptItemView;
import com.nuoer.portal.doc.web.ApiDocDtos.ApiDocDetail;
import com.nuoer.portal.doc.web.ApiDocDtos.ApiDocItem;
import com.nuoer.portal.doc.web.ApiDocDtos.CategoryView;
import com.nuoer.testsupport.IntegrationTest;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The documentation use cases on the demo data (db/demo/R__demo_data_portal.sql) and the real database. */
@IntegrationTest
class ApiDocServiceIntegrationTest {

    @Autowired
    ApiDocService service;
    @Autowired
    DeptItemView deptItems;
    @Autowired
    ObjectMapper json;
    @Autowired
    ApiDocRepository docs;

    @Test
    void keywordSearchesProductNamesAndCodes() {
        assertThat(service.queryList(null, "手机")).extracting(ApiDocItem::checkItem)
                .contains("MOBILE3_CHECK", "MOBILE_ONLINE_TIME", "MOBILE_STATUS").doesNotContain("ID2_CHECK");
        assertThat(service.queryList(null, "id2")).extracting(ApiDocItem::checkItem).containsExactly("ID2_CHECK");
        assertThat(service.queryList("identity", null)).extracting(ApiDocItem::checkItem)
                .containsExactlyInAnyOrder("ID2_CHECK", "ID3_FACE");
        assertThat(service.queryList(null, "50%")).isEmpty();
    }

    @Test
    void detailCarriesSchemasExamplesTagsAndCollectedFlag() {
        ApiDocDetail detail = as(user(3L, 1L), () -> service.queryDetail(null, "MOBILE3_CHECK"));
        assertThat(detail.isCollected()).isTrue();
        assertThat(detail.paramSchema()).isNotEmpty();
        assertThat(detail.paramSchema().get(0).columns()).isNotEmpty();
        assertThat(detail.respSchema().get(0).rows()).isNotEmpty();
        assertThat(detail.fieldSchema()).containsKey("data");
        assertThat(detail.errorCodeSchema().get(0).type()).isEqualTo("table");
        assertThat(detail.tags()).contains("运营商");
        assertThat(detail.categoryName()).isEqualTo("运营商数据");
        assertThat(detail.paramsExample()).contains("mobile");
        assertThat(service.queryDetail(null, "MOBILE3_CHECK").isCollected()).as("anonymous").isFalse();
    }

    @Test
    void dealCollectTogglesPerUserAndNeedsALogin() {
        SessionInfo user = user(9001L, 1L);
        assertThat(as(user, () -> service.dealCollect("ENT_BASIC")).isCollected()).isTrue();
        assertThat(as(user, () -> service.queryDetail(null, "ENT_BASIC")).isCollected()).isTrue();
        assertThat(as(user(9002L, 1L), () -> service.queryDetail(null, "ENT_BASIC")).isCollected()).isFalse();
        assertThat(as(user, () -> service.dealCollect("ENT_BASIC")).isCollected()).isFalse();
        assertThatThrownBy(() -> service.dealCollect("ENT_BASIC"))
                .isInstanceOfSatisfying(BizException.class, e -> assertThat(e.code()).isEqualTo(40100));
    }

    @Test
    void aProductTakenOfflineDisappearsAndComesBack() {
        long v = docs.findByCheckItem("VEHICLE_INFO").orElseThrow().getItemVersion();
        assertThat(service.queryList(null, "VEHICLE")).hasSize(1);
        service.applyCatalogue(snapshot("VEHICLE_INFO", -1, v + 2));
        assertThat(service.queryList(null, "VEHICLE")).isEmpty();
        assertThatThrownBy(() -> service.queryDetail(null, "VEHICLE_INFO"))
                .isInstanceOfSatisfying(BizException.class, e -> assertThat(e.code()).isEqualTo(40410));
        service.applyCatalogue(snapshot("VEHICLE_INFO", 10, v + 1)); // older snapshot: ignored
        assertThat(service.queryList(null, "VEHICLE")).isEmpty();
        service.applyCatalogue(snapshot("VEHICLE_INFO", 10, v + 3));
        assertThat(service.queryList(null, "VEHICLE")).hasSize(1);
    }

    @Test
    void categoriesShowOpenedProductsOfTheDeveloperAccount() {
        List<CategoryView> before = as(user(3L, 77L), () -> service.categoryList(true));
        assertThat(before).extracting(CategoryView::categoryCode).contains("identity", "mobile", "vehicle", "enterprise", "risk");
        assertThat(before).noneMatch(CategoryView::hasDeptItem);
        deptItems.apply(77L, "ENT_BASIC", DeptItemView.OPENED, 1);
        List<CategoryView> after = as(user(3L, 77L), () -> service.categoryList(true));
        assertThat(after).filteredOn(CategoryView::hasDeptItem).extracting(CategoryView::categoryCode)
                .containsExactly("enterprise");
        assertThat(service.categoryList(true)).as("anonymous").noneMatch(CategoryView::hasDeptItem);
    }

    private static CheckItemChanged snapshot(String checkItem, int state, long version) {
        return new CheckItemChanged(checkItem, null, 100, state, state == -1 ? 0 : 1, 20, new BigDecimal("1.20"), null,
                false, false, List.of(), 20, List.of(1), 1, 30, version);
    }

    private SessionInfo user(Long userId, Long deptId) {
        try {
            return json.readValue("{\"userId\":" + userId + ",\"deptId\":" + deptId + ",\"appcode\":\"beeback\"}",
                    SessionInfo.class);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T as(SessionInfo session, Supplier<T> block) {
        AtomicReference<T> result = new AtomicReference<>();
        SessionContext.runAs(new SessionContext.Identity(session, "test"), () -> result.set(block.get()));
        return result.get();
    }
}
