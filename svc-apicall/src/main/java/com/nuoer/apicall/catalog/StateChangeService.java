package com.nuoer.apicall.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nuoer.apicall.catalog.client.CustomerCatalog;
import com.nuoer.apicall.catalog.client.CustomerCatalogClient;
import com.nuoer.common.config.JacksonConventions;
import com.nuoer.common.error.BizException;
import com.nuoer.common.error.ErrorCode;
import com.nuoer.common.messaging.EventTypes;
import com.nuoer.common.messaging.OutboxPublisher;
import com.nuoer.common.messaging.Topics;
import com.nuoer.common.messaging.events.SendNotice;
import com.nuoer.common.tx.AfterCommit;
import com.nuoer.common.validation.Email;
import com.nuoer.common.validation.Mobile;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * changeState (3.10.10, flow F11): 上架 / 下架 / 异常, immediately or at a future {@code effectTime}, with notices.
 *
 * <ul>
 *   <li>Two-phase: without {@code confirmed=true} nothing changes and the answer is 40910 with a preview of what
 *   will happen (from → to, when, how many customers hold the product, how many notices go out). The number of
 *   customers comes from svc-customer ({@code /internal/customer/checkItem/{code}/openedCount}); while that is
 *   unreachable or unknown (404) the preview says "unknown".</li>
 *   <li>A future effectTime stores a pending change and registers it, after commit, as a svc-customer schedule task
 *   (F11-3: svc-customer's scheduler is the one operators see — {@code changeCheckItemTaskList}, cancel, retry);
 *   at the due time that task calls {@link #applyScheduled}. {@link StateChangeJob} applies what is still pending a
 *   grace period after its effectTime (svc-customer down, or the registration lost). Either way each change is
 *   applied exactly once: it is claimed with a conditional update (0 → 10) in the transaction that applies it.</li>
 *   <li>A new changeState of a product cancels its pending change. Changing to the current state changes nothing
 *   (idempotent, no event, no notice).</li>
 *   <li>Notices ({@code SendNotice} commands on notify-command via the outbox) go out when the change takes effect,
 *   only to customers we know: scope 10 = the request's {@code noticeCustomers} (their mobile / e-mail per chosen
 *   method). Scope 20 (every holder) needs svc-customer's list of holders, which it does not offer yet: no notice
 *   is sent and the preview says so.</li>
 * </ul>
 */
@Service
public class StateChangeService {

    private static final Logger log = LoggerFactory.getLogger(StateChangeService.class);

    private final CheckItemRepository items;
    private final StateChangeRepository changes;
    private final CheckItemEvents events;
    private final OutboxPublisher outbox;
    private final CustomerCatalog customer;
    private final ObjectMapper json;
    private final Clock clock;
    private final TransactionTemplate tx;

    public StateChangeService(CheckItemRepository items, StateChangeRepository changes, CheckItemEvents events,
                              OutboxPublisher outbox, CustomerCatalog customer, ObjectMapper json, Clock clock,
                              PlatformTransactionManager txManager) {
        this.items = items;
        this.changes = changes;
        this.events = events;
        this.outbox = outbox;
        this.customer = customer;
        this.json = json;
        this.clock = clock;
        this.tx = new TransactionTemplate(txManager);
    }

    /** One customer to notify (seed 「指定通知客户列表」). */
    public record NoticeCustomer(@NotNull Long deptId, Long userId, @Size(max = 128) String deptName,
                                 @Mobile String mobile, @Email String email) {
    }

    public record Command(String checkItem, Integer state, Integer noticeScope, List<String> noticeMethods,
                          LocalDateTime effectTime, String note, List<NoticeCustomer> noticeCustomers,
                          boolean confirmed) {
    }

    /** What will happen / what happened. {@code openedCount} null = unknown. */
    public record Outcome(String checkItem, String itemName, Integer fromState, String fromStateDesc, Integer state,
                          String stateDesc, LocalDateTime effectTime, Boolean immediate, Long openedCount,
                          Boolean openedCountKnown, Integer noticeScope, List<String> noticeMethods,
                          Integer noticeCount, Long cancelledPendingId, Long changeId, Boolean applied,
                          String message) {
    }

    @Transactional
    public Outcome changeState(Command cmd, Long operator) {
        CheckItemState to = CheckItemState.of(cmd.state());
        int scope = CatalogCodes.check("noticeScope", cmd.noticeScope(), CatalogCodes.NOTICE_SCOPES);
        List<String> methods = normaliseMethods(cmd.noticeMethods());
        List<NoticeCustomer> customers = cmd.noticeCustomers() == null ? List.of() : cmd.noticeCustomers();
        if (scope != CatalogCodes.NOTICE_NONE && methods.isEmpty()) {
            throw new BizException(ErrorCode.VALIDATION_FAILED, "noticeMethods: 发送通知时必须选择通知方式");
        }
        if (scope == CatalogCodes.NOTICE_CUSTOM && customers.isEmpty()) {
            throw new BizException(ErrorCode.VALIDATION_FAILED, "noticeCustomers: 自定义通知范围时必须指定通知客户");
        }
        CheckItem item = items.findByCode(cmd.checkItem().trim()).filter(i -> !i.isDeleted())
                .orElseThrow(() -> BizException.notFound("产品"));
        LocalDateTime now = LocalDateTime.now(clock);
        boolean immediate = cmd.effectTime() == null || !cmd.effectTime().isAfter(now);
        LocalDateTime effect = immediate ? now : cmd.effectTime();
        CheckItemState from = item.state();
        Optional<StateChange> pending = changes.findPending(item.getCode());
        Optional<Long> opened = customer.openedCount(item.getCode());
        List<SendNotice> notices = scope == CatalogCodes.NOTICE_CUSTOM
                ? notices(item, to, effect, cmd.note(), methods, customers, 0L) : List.of();
        boolean noop = immediate && from == to;

        String message = describe(item, from, to, immediate, effect, opened, scope, notices.size(), pending, noop);
        if (!cmd.confirmed()) {
            throw CatalogErrors.CONFIRM_STATE_CHANGE.exception(message, outcome(item, from, to, effect, immediate,
                    opened, scope, methods, notices.size(), pending, null, false, message));
        }
        pending.ifPresent(p -> {
            p.cancel();
            changes.flush(); // the partial unique index allows one pending change per product
            AfterCommit.run(() -> customer.unschedule(scheduled(p)));
        });
        if (noop) {
            return outcome(item, from, to, effect, true, opened, scope, methods, 0, pending, null, false, message);
        }
        StateChange change = changes.save(StateChange.of(item.getCode(), from, to, effect, scope,
                String.join(",", methods), toJson(customers), cmd.note(), opened.orElse(null), operator, now));
        if (immediate) {
            int sent = apply(change, item, now);
            return outcome(item, from, to, effect, true, opened, scope, methods, sent, pending, change.getId(), true,
                    message);
        }
        log.info("state change of {} to {} scheduled at {} (change {})", item.getCode(), to, effect, change.getId());
        AfterCommit.run(() -> customer.schedule(scheduled(change)));
        return outcome(item, from, to, effect, false, opened, scope, methods, notices.size(), pending, change.getId(),
                false, message);
    }

    /** What svc-customer's scheduler is told about a pending change (its task is keyed by the change id). */
    private static CustomerCatalogClient.ScheduledStateChange scheduled(StateChange c) {
        return new CustomerCatalogClient.ScheduledStateChange(c.getId(), c.getCheckItem(), c.getFromState(),
                c.toState().code(), c.getEffectTime(), c.getNote());
    }

    /** The answer to svc-customer's scheduler. */
    public record ScheduledOutcome(Long changeId, String checkItem, Integer status, Boolean appliedNow) {
    }

    /**
     * {@code applyState} (F11-3): svc-customer's task of change {@code changeId} is due. Applies it exactly once
     * (conditional claim, as {@link #applyDue}); a change already applied answers as done (a retried task is
     * harmless); a cancelled or failed change is refused so the task shows why.
     */
    public ScheduledOutcome applyScheduled(long changeId) {
        StateChange before = changes.findById(changeId).orElseThrow(() -> BizException.notFound("产品状态变更"));
        boolean appliedNow = before.getStatus() == StateChange.PENDING && Boolean.TRUE.equals(
                tx.execute(status -> applyOne(changeId)));
        StateChange after = changes.findById(changeId).orElseThrow();
        switch (after.getStatus()) {
            case StateChange.CANCELLED -> throw CatalogErrors.STATE_CHANGE_CANCELLED.exception();
            case StateChange.FAILED -> throw CatalogErrors.STATE_CHANGE_FAILED.exception(
                    CatalogErrors.STATE_CHANGE_FAILED.message() + "：" + after.getErrorMsg());
            default -> {
                return new ScheduledOutcome(changeId, after.getCheckItem(), after.getStatus(), appliedNow);
            }
        }
    }

    /** svc-customer's task of the change was cancelled by an operator: the pending change is cancelled here too. */
    @Transactional
    public ScheduledOutcome cancelScheduled(long changeId) {
        StateChange change = changes.findById(changeId).orElseThrow(() -> BizException.notFound("产品状态变更"));
        if (change.getStatus() != StateChange.PENDING && change.getStatus() != StateChange.CANCELLED) {
            throw CatalogErrors.STATE_CHANGE_NOT_PENDING.exception();
        }
        change.cancel();
        return new ScheduledOutcome(changeId, change.getCheckItem(), change.getStatus(), false);
    }

    /**
     * Applies every pending change whose effectTime is not after {@code now}, each in its own transaction, each
     * exactly once (conditional claim). Returns how many this call applied.
     */
    public int applyDue(LocalDateTime now) {
        int applied = 0;
        for (Long id : changes.dueIds(now)) {
            try {
                Boolean done = tx.execute(status -> applyOne(id));
                if (Boolean.TRUE.equals(done)) {
                    applied++;
                }
            } catch (RuntimeException e) {
                log.warn("pending state change {} failed, retried on the next run: {}", id, e.toString());
            }
        }
        return applied;
    }

    private boolean applyOne(long id) {
        if (changes.claim(id) != 1) {
            return false; // applied or cancelled by someone else meanwhile
        }
        StateChange change = changes.findById(id).orElseThrow();
        LocalDateTime now = LocalDateTime.now(clock);
        Optional<CheckItem> item = items.findByCode(change.getCheckItem()).filter(i -> !i.isDeleted());
        if (item.isEmpty()) {
            change.failed("产品已删除", now);
            return false;
        }
        apply(change, item.get(), now);
        log.info("pending state change {} applied: {} → {}", id, change.getCheckItem(), change.toState());
        return true;
    }

    /** State, event and notices of one change, in the caller's transaction; returns the number of notices. */
    private int apply(StateChange change, CheckItem item, LocalDateTime now) {
        CheckItemState from = item.state();
        int sent = 0;
        if (item.changeState(change.toState(), now)) {
            events.changed(item);
            if (change.getNoticeScope() == CatalogCodes.NOTICE_CUSTOM) {
                List<SendNotice> notices = notices(item, change.toState(), change.getEffectTime(), change.getNote(),
                        normaliseMethods(splitMethods(change.getNoticeMethods())),
                        fromJson(change.getNoticeCustomers()), change.getId());
                for (SendNotice n : notices) {
                    outbox.publish(Topics.NOTIFY_COMMAND, EventTypes.SEND_NOTICE, n.bizKey(), n);
                }
                sent = notices.size();
            }
        }
        change.applied(from, sent, now);
        return sent;
    }

    private List<SendNotice> notices(CheckItem item, CheckItemState to, LocalDateTime effect, String note,
                                     List<String> methods, List<NoticeCustomer> customers, Long changeId) {
        List<SendNotice> out = new ArrayList<>();
        String when = JacksonConventions.DATETIME.format(effect);
        for (NoticeCustomer c : customers) {
            String name = c.deptName() == null || c.deptName().isBlank() ? "客户" : c.deptName();
            String content = "尊敬的" + name + "：您开通的产品【" + item.getItemName() + "】(" + item.getCode() + ")将于"
                    + when + "变更为「" + to.label() + "」。" + (note == null || note.isBlank() ? "" : note);
            Map<String, String> params = Map.of("deptName", name, "itemName", item.getItemName(),
                    "checkItem", item.getCode(), "state", to.label(), "effectTime", when,
                    "note", note == null ? "" : note);
            for (String method : methods) {
                String receiver = SendNotice.SMS.equals(method) ? c.mobile() : c.email();
                if (receiver == null || receiver.isBlank()) {
                    continue; // no contact for this channel: nothing to send
                }
                out.add(new SendNotice(method, receiver, List.of(), null, params, "产品状态变更通知", content, null,
                        c.userId(), "beeback", "checkItemState:" + changeId + ":" + c.deptId() + ":" + method));
            }
        }
        return out;
    }

    private String describe(CheckItem item, CheckItemState from, CheckItemState to, boolean immediate,
                            LocalDateTime effect, Optional<Long> opened, int scope, int noticeCount,
                            Optional<StateChange> pending, boolean noop) {
        StringBuilder m = new StringBuilder();
        m.append("产品【").append(item.getItemName()).append("】(").append(item.getCode()).append(")");
        if (noop) {
            m.append("当前已是「").append(to.label()).append("」，不会变更");
        } else {
            m.append("将由「").append(from.label()).append("」变更为「").append(to.label()).append("」，")
                    .append(immediate ? "立即生效" : JacksonConventions.DATETIME.format(effect) + " 生效");
        }
        m.append("；开通该产品的客户数：").append(opened.map(String::valueOf).orElse("未知（暂无法从客户服务获取）"));
        switch (scope) {
            case CatalogCodes.NOTICE_CUSTOM -> m.append("；将通知 ").append(noticeCount).append(" 条（指定客户）");
            case CatalogCodes.NOTICE_ALL -> m.append("；通知范围为所有客户，但暂无法获取开通客户名单，不会发送通知");
            default -> m.append("；不发送通知");
        }
        pending.ifPresent(p -> m.append("；将取消已排定于 ").append(JacksonConventions.DATETIME.format(p.getEffectTime()))
                .append(" 生效的变更（").append(p.toState().label()).append("）"));
        return m.toString();
    }

    private static Outcome outcome(CheckItem item, CheckItemState from, CheckItemState to, LocalDateTime effect,
                                   boolean immediate, Optional<Long> opened, int scope, List<String> methods,
                                   int noticeCount, Optional<StateChange> pending, Long changeId, boolean applied,
                                   String message) {
        return new Outcome(item.getCode(), item.getItemName(), from.code(), from.label(), to.code(), to.label(),
                effect, immediate, opened.orElse(null), opened.isPresent(), scope, methods, noticeCount,
                pending.map(StateChange::getId).orElse(null), changeId, applied, message);
    }

    private static List<String> normaliseMethods(List<String> methods) {
        if (methods == null) {
            return List.of();
        }
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (String m : methods) {
            String v = m == null ? "" : m.trim().toLowerCase(Locale.ROOT);
            if (!CatalogCodes.NOTICE_METHODS.contains(v)) {
                throw new BizException(ErrorCode.VALIDATION_FAILED, "noticeMethods: 通知方式必须是 sms 或 email");
            }
            out.add(v);
        }
        return List.copyOf(out);
    }

    private static List<String> splitMethods(String joined) {
        return joined == null || joined.isBlank() ? List.of() : List.of(joined.split(","));
    }

    private String toJson(List<NoticeCustomer> customers) {
        try {
            return json.writeValueAsString(customers);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<NoticeCustomer> fromJson(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        try {
            return List.of(json.readValue(text, NoticeCustomer[].class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
