package com.nuoer.billing.reconciliation;

import com.nuoer.billing.reconciliation.PeerFacts.BillingFacts;
import com.nuoer.billing.reconciliation.PeerFacts.InvoiceFacts;
import com.nuoer.billing.reconciliation.PeerFacts.PaymentFacts;
import com.nuoer.billing.reconciliation.PeerFacts.StatementFacts;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * svc-billing's own facts, read in one repeatable-read snapshot: each live statement with the Σ of its lines
 * (cust_monthly, not removed), of its invoice allocations (invoiced = 已开票 invoices, invoicing = 待审核/开票中) and of
 * its payment settlements; each invoice in progress or issued with the Σ of its allocations; each passed payment with
 * the Σ of its settlements.
 */
@Component
public class BillingLocalFacts {

    private final JdbcTemplate jdbc;

    public BillingLocalFacts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public BillingFacts read() {
        var statements = jdbc.query("""
                select s.statement_no, s.total_amount, coalesce(l.total, 0), s.settled_amount, coalesce(l.settled, 0),
                       s.invoiced_amount, coalesce(a.invoiced, 0), s.invoicing_amount, coalesce(a.invoicing, 0),
                       s.payment_amount, coalesce(p.settled, 0)
                from bill_statement s
                left join (select statement_no, sum(total_fee) total, sum(settled_amount) settled from bill_detail
                           where bill_type = 'cust_monthly' and not removed group by statement_no) l
                       on l.statement_no = s.statement_no
                left join (select al.statement_id, sum(al.invoice_amount) filter (where i.state = 20) invoiced,
                                  sum(al.invoice_amount) filter (where i.state in (0, 10)) invoicing
                           from invoice_allocation al join invoice i on i.id = al.invoice_id group by al.statement_id) a
                       on a.statement_id = s.id
                left join (select ps.statement_id, sum(ps.settle_amount) settled from payment_settle ps
                           join payment py on py.id = ps.payment_id where py.state = 10 group by ps.statement_id) p
                       on p.statement_id = s.id
                where not s.deleted order by s.statement_no""",
                (rs, i) -> new StatementFacts(rs.getString(1), rs.getBigDecimal(2), rs.getBigDecimal(3),
                        rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getBigDecimal(7),
                        rs.getBigDecimal(8), rs.getBigDecimal(9), rs.getBigDecimal(10), rs.getBigDecimal(11)));
        var invoices = jdbc.query("""
                select i.id, i.invoice_amount, coalesce(sum(al.invoice_amount), 0) from invoice i
                left join invoice_allocation al on al.invoice_id = i.id
                where i.state in (0, 10, 20) group by i.id, i.invoice_amount order by i.id""",
                (rs, i) -> new InvoiceFacts(rs.getLong(1), rs.getBigDecimal(2), rs.getBigDecimal(3)));
        var payments = jdbc.query("""
                select p.payment_no, p.amount, coalesce(p.settled_amount, 0), coalesce(p.residue_amount, 0),
                       coalesce((select sum(ps.settle_amount) from payment_settle ps where ps.payment_id = p.id), 0),
                       p.audit_time
                from payment p where p.state = 10 order by p.payment_no""",
                (rs, i) -> new PaymentFacts(rs.getString(1), rs.getBigDecimal(2), rs.getBigDecimal(3),
                        rs.getBigDecimal(4), rs.getBigDecimal(5),
                        rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toLocalDateTime()));
        return new BillingFacts(statements, invoices, payments);
    }
}
