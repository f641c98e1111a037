package com.nuoer.customer.iam.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.nuoer.common.error.RemoteServiceException;
import com.nuoer.common.web.ApiResponse;
import com.nuoer.customer.iam.staff.client.SalesStaffClient;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** The customer count of staff/delete: svc-sales' answer, else the local projection of assignments. */
class StaffCustomerCounterTest {

    private final JdbcTemplate jdbc = mock(JdbcTemplate.class);

    private StaffCustomerCounter counter(SalesStaffClient client, long local) {
        when(jdbc.queryForObject(anyString(), eq(Long.class), any(Object[].class))).thenReturn(local);
        return new StaffCustomerCounter(client, jdbc);
    }

    @Test
    void takesTheCountFromSvcSales() {
        assertThat(counter(id -> ApiResponse.ok(4L), 0).customerCount(7, 70)).isEqualTo(4);
    }

    @Test
    void svcSalesUnreachableFallsBackToTheLocalProjection() {
        SalesStaffClient down = id -> {
            throw new IllegalStateException("Connection refused");
        };
        assertThat(counter(down, 0).customerCount(7, 70)).isZero();
        assertThat(counter(down, 2).customerCount(7, 70)).isEqualTo(2);
    }

    @Test
    void endpointMissingInSvcSales404CountsLikeUnreachable() {
        SalesStaffClient missing = id -> {
            throw new RemoteServiceException("svc-sales", 40401, "接口不存在");
        };
        assertThat(counter(missing, 0).customerCount(7, 70)).isZero();
    }
}
