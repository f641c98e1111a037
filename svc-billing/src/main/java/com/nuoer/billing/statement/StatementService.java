package com.nuoer.billing.statement;

import com.nuoer.billing.customer.CustomerDirectory;
import com.nuoer.billing.statement.StatementDtos.MergeDetailRequest;
import com.nuoer.billing.statement.StatementDtos.Receivers;
import com.nuoer.billing.statement.StatementDtos.ResendRequest;
import com.nuoer.billing.statement.StatementDtos.SaveSubBillRequest;
import com.nuoer.billing.statement.StatementDtos.StatementView;
import com.nuoer.billing.storage.FileStorage;
import com.nuoer.common.error.BizException;
import com.nuoer.common.messaging.EventTypes;
import com.nuoer.common.messaging.OutboxPublisher;
import com.nuoer.common.messaging.Topics;
import com.nuoer.common.messaging.events.SendNotice;
import com.nuoer.common.session.SessionContext;
import com.nuoer.common.session.SessionInfo;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The statement use cases of crm, sales and beeback (flow F6-4..7). Every command runs in one transaction, loads
 * the statement through the caller's {@link StatementScope} (a statement outside it answers like an unknown one)
 * and lets the {@link Statement} decide whether the state allows it.
 */
@Service
public class StatementService {

    private final StatementRepository statements;
    private final StatementQueries queries;
    private final StatementBuilder builder;
    private final StatementDocuments documents;
    private final FileStorage storage;
    private final OutboxPublisher outbox;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    public StatementService(StatementRepository statements, StatementQueries queries, StatementBuilder builder,
                            StatementDocuments documents, FileStorage storage, OutboxPublisher outbox,
                            JdbcTemplate jdbc, Clock clock) {
        this.statements = statements;
        this.queries = queries;
        this.builder = builder;
        this.documents = documents;
        this.storage = storage;
        this.outbox = outbox;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    // ---- loading within the scope ----------------------------------------------------------------------------

    Statement load(long id, StatementScope scope) {
        Statement s = statements.findById(id).filter(x -> !x.isDeleted())
                .orElseThrow(() -> BizException.notFound("账单"));
        if (!queries.visible(id, scope)) {
            throw BizException.notFound("账单");
        }
        return s;
    }

    Statement loadByNo(String statementNo, Long deptId, StatementScope scope) {
        Statement s = statements.findByStatementNo(statementNo).filter(x -> !x.isDeleted())
                .filter(x -> deptId == null || deptId.equals(x.getDeptId()))
                .orElseThrow(() -> BizException.notFound("账单"));
        if (!queries.visible(s.getId(), scope)) {
            throw BizException.notFound("账单");
        }
        return s;
    }

    public StatementView detail(String statementNo, Long deptId, StatementScope scope) {
        Statement s = loadByNo(statementNo, deptId, scope);
        return queries.one("id", s.getId(), scope).orElseThrow(() -> BizException.notFound("账单"));
    }

    // ---- edits while 0 待核准 ----------------------------------------------------------------------------------

    private com.nuoer.billing.BillingAudit billingAudit;

    @org.springframework.beans.factory.annotation.Autowired
    void setBillingAudit(com.nuoer.billing.BillingAudit billingAudit) {
        this.billingAudit = billingAudit;
    }

    @Transactional
    public void modifyStatement(String statementNo, BigDecimal canInvoiceAmount, StatementScope scope) {
        Statement s = loadByNo(statementNo, null, scope);
        var before = com.nuoer.billing.BillingAudit.of(s);
        s.modifyCanInvoiceAmount(canInvoiceAmount, now());
        statements.save(s);
        billingAudit.record("statement.modify", "statement", statementNo, before, com.nuoer.billing.BillingAudit.of(s));
    }

    private record Line(long id, String statementNo, String checkItem, boolean manual, boolean removed,
                        Long mergedInto, long count, long free, long charged, BigDecimal price, BigDecimal fee,
                        BigDecimal settled, BigDecimal receivable) {
    }

    private List<Line> lines(String where, Object... args) {
        return jdbc.query("select * from bill_detail where bill_type = 'cust_monthly' and statement_no is not null and "
                + where, (rs, i) -> new Line(rs.getLong("id"), rs.getString("statement_no"),
                rs.getString("check_item"), rs.getBoolean("manual"), rs.getBoolean("removed"),
                (Long) rs.getObject("merged_into"), rs.getLong("count"), rs.getLong("free_count"),
                rs.getLong("charge_count"), rs.getBigDecimal("price"), zero(rs.getBigDecimal("total_fee")),
                zero(rs.getBigDecimal("settled_amount")), zero(rs.getBigDecimal("receivable_amount"))), args);
    }

    private Line line(long id) {
        return lines("id = ?", id).stream().findFirst().orElseThrow(() -> BizException.notFound("账单明细"));
    }

    @Transactional
    public long saveSubBill(SaveSubBillRequest r, StatementScope scope) {
        LocalDateTime now = now();
        if (r.id() != null) {
            Line old = line(r.id());
            if (old.removed()) {
                throw BizException.notFound("账单明细");
            }
            Statement s = loadByNo(old.statementNo(), null, scope);
            s.requireEditable();
            long charged = r.chargeCount() != null ? r.chargeCount() : old.charged();
            BigDecimal price = r.price() != null ? r.price() : old.price() == null ? BigDecimal.ZERO : old.price();
            BigDecimal fee = r.totalFee() != null ? r.totalFee()
                    : r.chargeCount() != null || r.price() != null ? amount(price, charged) : old.fee();
            BigDecimal settled = r.settledAmount() != null ? r.settledAmount() : old.settled().min(fee);
            BigDecimal receivable = r.receivableAmount() != null ? r.receivableAmount()
                    : fee.subtract(settled).max(BigDecimal.ZERO);
            jdbc.update("""
                    update bill_detail set check_item = ?, check_item_name = coalesce(?, check_item_name),
                           count = ?, charge_count = ?, price = ?, total_fee = ?, settled_amount = ?,
                           receivable_amount = ?, manual = true, update_date = ?
                    where id = ?""", r.checkItem(), r.checkItemName(), r.count() != null ? r.count() : old.count(),
                    charged, price, fee, settled, receivable, now, old.id());
            if (!old.manual()) {
                s.markLinesEdited();
            }
            var totalsBefore = com.nuoer.billing.BillingAudit.of(s);
            builder.recalculate(s, now);
            billingAudit.record("statement.line", "statement", s.getStatementNo(),
                    com.nuoer.common.audit.AuditTrail.fields("line", old, "statement", totalsBefore),
                    com.nuoer.common.audit.AuditTrail.fields("line", line(old.id()),
                            "statement", com.nuoer.billing.BillingAudit.of(s)));
            return old.id();
        }
        if (r.statementNo() == null || r.statementNo().isBlank()) {
            throw StatementErrors.STATEMENT_NO_REQUIRED.exception();
        }
        Statement s = loadByNo(r.statementNo(), null, scope);
        s.requireEditable();
        long charged = r.chargeCount() == null ? 0 : r.chargeCount();
        BigDecimal price = r.price() == null ? BigDecimal.ZERO : r.price();
        BigDecimal fee = r.totalFee() != null ? r.totalFee() : amount(price, charged);
        BigDecimal settled = r.settledAmount() == null ? BigDecimal.ZERO : r.settledAmount();
        BigDecimal receivable = r.receivableAmount() != null ? r.receivableAmount()
                : fee.subtract(settled).max(BigDecimal.ZERO);
        Long id = jdbc.queryForObject("""
                insert into bill_detail (bill_date, bill_type, dept_id, app_id, check_item, check_item_name, count,
                                         charge_count, price, total_fee, total_cost, settled_amount, receivable_amount,
                                         statement_no, manual, create_date, update_date)
                values (?, 'cust_monthly', ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, true, ?, ?) returning id""", Long.class,
                s.getBillDate(), s.getDeptId(), s.getAppId(), r.checkItem(), r.checkItemName(),
                r.count() == null ? charged : r.count(), charged, price, fee, settled, receivable, s.getStatementNo(),
                now, now);
        builder.recalculate(s, now);
        return id;
    }

    @Transactional
    public void removeSubBill(long id, StatementScope scope) {
        Line l = line(id);
        Statement s = loadByNo(l.statementNo(), null, scope);
        s.requireEditable();
        if (l.removed()) {
            return;
        }
        jdbc.update("update bill_detail set removed = true, update_date = ? where id = ?", now(), id);
        if (!l.manual()) {
            s.markLinesEdited();
        }
        builder.recalculate(s, now());
    }

    @Transactional
    public void mergeDetail(MergeDetailRequest r, StatementScope scope) {
        Statement s = loadByNo(r.statementNo(), r.deptId(), scope);
        s.requireEditable();
        List<Long> ids = new ArrayList<>(new LinkedHashSet<>(r.mergeDetailIds()));
        if (ids.size() < 2) {
            throw StatementErrors.MERGE_TOO_FEW.exception();
        }
        long target = ids.get(0);
        List<Line> rows = lines("statement_no = ? and id in (%s)".formatted(String.join(",",
                java.util.Collections.nCopies(ids.size(), "?"))), concat(s.getStatementNo(), ids));
        if (rows.size() != ids.size()) {
            throw BizException.notFound("账单明细");
        }
        Line head = rows.stream().filter(x -> x.id() == target).findFirst().orElseThrow();
        List<Line> others = rows.stream().filter(x -> x.id() != target).toList();
        if (!head.removed() && others.stream().allMatch(x -> x.removed() && Long.valueOf(target).equals(x.mergedInto()))) {
            return; // merged already (a retried request)
        }
        if (head.removed() || others.stream().anyMatch(Line::removed)) {
            throw BizException.notFound("账单明细");
        }
        if (others.stream().anyMatch(x -> !x.checkItem().equals(head.checkItem()))) {
            throw StatementErrors.MERGE_DIFFERENT_ITEMS.exception();
        }
        long count = head.count();
        long free = head.free();
        long charged = head.charged();
        BigDecimal fee = head.fee();
        BigDecimal settled = head.settled();
        BigDecimal receivable = head.receivable();
        for (Line o : others) {
            count += o.count();
            free += o.free();
            charged += o.charged();
            fee = fee.add(o.fee());
            settled = settled.add(o.settled());
            receivable = receivable.add(o.receivable());
        }
        BigDecimal price = charged > 0 ? fee.divide(BigDecimal.valueOf(charged), 4, RoundingMode.HALF_UP)
                : head.price();
        LocalDateTime now = now();
        jdbc.update("""
                update bill_detail set count = ?, free_count = ?, charge_count = ?, price = ?, total_fee = ?,
                       settled_amount = ?, receivable_amount = ?, manual = true, update_date = ? where id = ?""",
                count, free, charged, price, fee, settled, receivable, now, target);
        for (Line o : others) {
            jdbc.update("update bill_detail set removed = true, merged_into = ?, update_date = ? where id = ?",
                    target, now, o.id());
        }
        s.markLinesEdited();
        builder.recalculate(s, now);
    }

    // ---- transitions -----------------------------------------------------------------------------------------

    @Transactional
    public void recheck(long billId, StatementScope scope) {
        Statement s = load(billId, scope);
        s.recheck(now());
        statements.save(s);
    }

    @Transactional
    public void invalidate(List<Long> ids, StatementScope scope) {
        for (Long id : new LinkedHashSet<>(ids)) {
            Statement s = load(id, scope);
            s.invalidate(now());
            statements.save(s);
        }
    }

    @Transactional
    public void archive(List<Long> ids, StatementScope scope) {
        for (Long id : new LinkedHashSet<>(ids)) {
            Statement s = load(id, scope);
            s.archive(now());
            statements.save(s);
        }
    }

    @Transactional
    public void delete(List<Long> ids, StatementScope scope) {
        for (Long id : new LinkedHashSet<>(ids)) {
            Statement s = statements.findById(id).orElseThrow(() -> BizException.notFound("账单"));
            if (!queries.visible(id, scope)) {
                throw BizException.notFound("账单");
            }
            s.delete(now());
            statements.save(s);
        }
    }

    /** The customer confirms the given statements, or all awaiting confirmation when none are named. */
    @Transactional
    public int confirm(List<String> statementNos, StatementScope scope) {
        List<Statement> targets;
        if (statementNos == null || statementNos.isEmpty()) {
            targets = statements.findByOrganizationIdAndStateAndDeletedFalse(scope.id(),
                    StatementState.WAIT_CONFIRM.code());
        } else {
            targets = new ArrayList<>();
            for (String no : new LinkedHashSet<>(statementNos)) {
                targets.add(loadByNo(no, null, scope));
            }
        }
        for (Statement s : targets) {
            var before = com.nuoer.billing.BillingAudit.of(s);
            s.confirm(now());
            statements.save(s);
            billingAudit.record("statement.confirm", "statement", s.getStatementNo(), before,
                    com.nuoer.billing.BillingAudit.of(s));
        }
        return targets.size();
    }

    // ---- attachments and sending -----------------------------------------------------------------------------

    @Transactional
    public String gainAttachment(long billId, boolean rebuildForce, StatementScope scope) {
        Statement s = load(billId, scope);
        if (!rebuildForce && s.getAttachmentUrl() != null) {
            return s.getAttachmentUrl();
        }
        StatementView view = queries.one("id", s.getId(), scope).orElseThrow(() -> BizException.notFound("账单"));
        LocalDateTime now = now();
        String folder = "statements/" + s.getStatementNo() + "/" + UUID.randomUUID().toString().replace("-", "");
        String pdf = storage.put(folder + "/" + s.getStatementNo() + ".pdf", documents.pdf(view, now),
                "application/pdf");
        String xlsx = storage.put(folder + "/" + s.getStatementNo() + ".xlsx", documents.xlsx(view),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        s.attachments(pdf, xlsx, now);
        statements.save(s);
        return pdf;
    }

    public Receivers receivers(long deptId, StatementScope scope) {
        if (!queries.deptVisible(deptId, scope)) {
            throw BizException.notFound("机构");
        }
        List<String> to = jdbc.query("""
                select coalesce(d.emails, c.email) emails from dept_view d
                left join customer_view c on c.organization_id = d.organization_id where d.dept_id = ?""",
                (rs, i) -> CustomerDirectory.split(rs.getString(1)), deptId).stream().findFirst().orElse(List.of());
        List<String> cc = jdbc.query("""
                select r.cc_list from bill_send_record r join bill_statement s on s.id = r.statement_id
                where s.dept_id = ? order by r.send_time desc, r.id desc limit 1""",
                (rs, i) -> CustomerDirectory.split(rs.getString(1)), deptId).stream().findFirst().orElse(List.of());
        return new Receivers(to, cc);
    }

    /** Records a send and asks the notification centre to mail the statement (one e-mail per receiver). */
    @Transactional
    public long resend(ResendRequest r, StatementScope scope) {
        Statement s = load(r.billId(), scope);
        s.requireSendable();
        LocalDateTime now = now();
        List<String> to = List.copyOf(new LinkedHashSet<>(r.receiverList()));
        List<String> cc = r.ccList() == null ? List.of() : List.copyOf(new LinkedHashSet<>(r.ccList()));
        SessionInfo caller = SessionContext.current().orElse(null);
        Long recordId = jdbc.queryForObject("""
                insert into bill_send_record (statement_id, receiver_list, cc_list, attachment_url, send_time, state,
                                              send_by)
                values (?, ?, ?, ?, ?, 0, ?) returning id""", Long.class, s.getId(), String.join(",", to),
                String.join(",", cc), r.attachmentUrl(), now, caller == null ? null : caller.userId());
        String subject = "诺尔数据" + s.getBillDate() + "对账单（" + s.getStatementNo() + "）";
        String content = "您好，您的" + s.getBillDate() + "月对账单（" + s.getStatementNo() + "）已生成，账单金额"
                + s.getTotalAmount().toPlainString() + "元，请登录诺尔数据客户控制台核对并确认。";
        for (int i = 0; i < to.size(); i++) {
            SendNotice notice = new SendNotice(SendNotice.EMAIL, to.get(i), i == 0 ? cc : List.of(), null,
                    Map.of("statementNo", s.getStatementNo(), "billDate", s.getBillDate(),
                            "totalAmount", s.getTotalAmount().toPlainString()),
                    subject, content, r.attachmentUrl(), s.getUserId(), "beeback",
                    "bill-send:" + recordId + ":" + to.get(i));
            outbox.publish(Topics.NOTIFY_COMMAND, EventTypes.SEND_NOTICE, s.getId(), notice);
        }
        return recordId;
    }

    private static BigDecimal amount(BigDecimal price, long count) {
        return price.multiply(BigDecimal.valueOf(count)).setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal zero(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }

    private static Object[] concat(Object first, List<Long> rest) {
        Object[] all = new Object[rest.size() + 1];
        all[0] = first;
        for (int i = 0; i < rest.size(); i++) {
            all[i + 1] = rest.get(i);
        }
        return all;
    }
}
