package com.nuoer.billing.support;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.JdbcTemplate;

/** A fresh customer (organisation = developer account id, maintained by sales01 = user 2) with statements. */
public final class FinanceFixtures {

    private final JdbcTemplate jdbc;
    public final long org = 2_000_000 + ThreadLocalRandom.current().nextLong(1_000_000);
    public final long dept = org;
    public final long user = org;

    public FinanceFixtures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        jdbc.update("insert into customer_view (organization_id, merchant_id, user_id, name, email, assistant_id, state, "
                + "linkman, link_mobile) values (?, ?, ?, ?, ?, 2, 10, '王财务', '13812345678')", org, org + 1, user,
                "测试财务客户" + org, "fin" + org + "@it.example");
        jdbc.update("insert into dept_view (dept_id, organization_id, user_id, dept_name, app_id, emails, overdraft_type) "
                + "values (?, ?, ?, ?, ?, ?, 20)", dept, org, user, "测试财务客户" + org, "fin_app_" + dept,
                "bill" + org + "@it.example");
    }

    /** A statement of the account: month, state, total, part already settled from the wallet. */
    public long statement(YearMonth month, int state, String total, String settled) {
        LocalDateTime t = month.plusMonths(1).atDay(2).atStartOfDay();
        return jdbc.queryForObject("""
                insert into bill_statement (statement_no, bill_date, organization_id, user_id, dept_id, app_id, state,
                                            overdraft_type, total_amount, can_invoice_amount, settled_amount,
                                            payment_state, create_time, update_time)
                values (?, ?, ?, ?, ?, ?, ?, 20, ?, ?, ?, 0, ?, ?) returning id""", Long.class,
                "BSIT" + month.toString().replace("-", "") + dept, month.toString(), org, user, dept, "fin_app_" + dept,
                state, new BigDecimal(total), new BigDecimal(total), new BigDecimal(settled), t, t);
    }

    public String no(long statementId) {
        return jdbc.queryForObject("select statement_no from bill_statement where id = ?", String.class, statementId);
    }

    public Map<String, Object> statementRow(long statementId) {
        return jdbc.queryForMap("select * from bill_statement where id = ?", statementId);
    }

    public static List<String> menus(String... codes) {
        return List.of(codes);
    }
}
