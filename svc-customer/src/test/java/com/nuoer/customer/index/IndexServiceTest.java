package com.nuoer.customer.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.nuoer.common.error.RemoteServiceException;
import com.nuoer.common.session.SessionInfo;
import com.nuoer.common.web.ApiResponse;
import com.nuoer.customer.index.IndexService.Backlog;
import com.nuoer.customer.index.IndexService.CoreStatistics;
import com.nuoer.customer.index.client.BillingCountersClient;
import com.nuoer.customer.index.client.BillingCountersClient.BillingCounters;
import com.nuoer.customer.index.client.WalletSummaryClient;
import com.nuoer.customer.index.client.WalletSummaryClient.WalletSummary;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** The dashboards' merge rule: remote figures when the remote answers, left out when it fails or answers 404. */
class IndexServiceTest {

    private final JdbcTemplate jdbc = mock(JdbcTemplate.class);
    private final WalletSummaryClient wallet = mock(WalletSummaryClient.class);
    private final BillingCountersClient billing = mock(BillingCountersClient.class);
    private final IndexService index = new IndexService(jdbc, wallet, billing);
    private SessionInfo caller;

    @BeforeEach
    void localCounts() {
        when(jdbc.queryForObject(anyString(), eq(Integer.class), any(Object[].class))).thenReturn(1);
        when(jdbc.queryForObject(eq("select to_regclass(?) is not null"), eq(Boolean.class), any(Object[].class)))
                .thenReturn(false);
        caller = new SessionInfo("l", "t", 3L, "demo", "demo", null, 1L, null, 1L, "演示", null, 20, "beeback",
                "beeback", null, null, null, null, null, null, 1L, null, null, null, null, null, null, false, null,
                null, false, null, "nuoer_demo_app01", 1L, "演示", null, null, null, List.of(), List.of());
    }

    @Test
    void remoteFiguresAreMergedWhenTheRemotesAnswer() {
        when(wallet.summary(1L)).thenReturn(ApiResponse.ok(
                new WalletSummary(new BigDecimal("980.00"), BigDecimal.ZERO, new BigDecimal("5000.00"))));
        when(billing.counters(1L)).thenReturn(ApiResponse.ok(new BillingCounters(2L, null, null)));
        CoreStatistics s = index.coreStatistics(caller);
        assertThat(s.balance()).isEqualByComparingTo("980.00");
        assertThat(s.overdraftQuota()).isEqualByComparingTo("5000.00");
        assertThat(s.unconfirmedBillCount()).isEqualTo(2L);
        assertThat(s.waitPrefectCount()).isEqualTo(1);
    }

    @Test
    void aRemoteAnswering404OrFailingIsLeftOut() {
        when(wallet.summary(1L)).thenThrow(new RemoteServiceException("svc-wallet", 40401, "接口不存在"));
        when(billing.counters(1L)).thenReturn(ApiResponse.fail(40400, "not found"));
        CoreStatistics s = index.coreStatistics(caller);
        assertThat(s.balance()).isNull();
        assertThat(s.overdueAmount()).isNull();
        assertThat(s.unconfirmedBillCount()).isNull();
        assertThat(s.mineItemCount()).isZero();
        assertThat(s.waitPrefectCount()).isEqualTo(1);

        when(billing.counters(null)).thenThrow(new IllegalStateException("connection refused"));
        Backlog b = index.backlog();
        assertThat(b.waitAuditAuthCount()).isZero();
        assertThat(b.waitRecheckBillCount()).isNull();
        assertThat(b.waitInvoiceCount()).isNull();
    }
}
