package com.nuoer.contract.contract;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Which 签署版次 (seq) and template the next contract of an account takes: 0 (合作协议, the COOPERATION template)
 * while no cooperation agreement is waiting or in force; otherwise the seq of an open draft (to continue it) or the
 * highest seq in use + 1 with the SUPPLEMENT template. Manual uploads never reuse a draft's seq.
 */
@Component
public class SeqPlanner {

    /** The planned seq, its template and the open draft of that seq if any. */
    public record Plan(int seq, ContractTemplate template, Optional<DeptContract> draft) {
    }

    private final DeptContractRepository contracts;
    private final ContractTemplateRepository templates;
    private final Clock clock;

    public SeqPlanner(DeptContractRepository contracts, ContractTemplateRepository templates, Clock clock) {
        this.contracts = contracts;
        this.templates = templates;
        this.clock = clock;
    }

    public Plan plan(Long deptId, boolean forManualUpload) {
        LocalDateTime now = LocalDateTime.now(clock);
        List<DeptContract> live = contracts.findLiveByDept(deptId);
        boolean cooperationHeld = live.stream().anyMatch(c -> c.seq() == 0 && holds(c, now));
        int seq;
        Optional<DeptContract> draft = Optional.empty();
        if (!cooperationHeld) {
            seq = 0;
            draft = live.stream().filter(c -> c.seq() == 0 && c.state() == ContractState.DRAFT).findFirst();
        } else {
            if (!forManualUpload) {
                draft = live.stream().filter(c -> c.state() == ContractState.DRAFT)
                        .min(Comparator.comparingInt(DeptContract::seq));
            }
            seq = draft.map(DeptContract::seq).orElseGet(() -> live.stream()
                    .filter(c -> c.state() != ContractState.CANCELLED && c.state() != ContractState.REJECTED)
                    .mapToInt(DeptContract::seq).max().orElse(0) + 1);
        }
        return new Plan(seq, templateFor(seq), draft);
    }

    /** The current template of a seq: COOPERATION for 0, SUPPLEMENT (the product supplement) after. */
    public ContractTemplate templateFor(int seq) {
        String kind = seq == 0 ? ContractTemplate.COOPERATION : ContractTemplate.SUPPLEMENT;
        return templates.findByKindAndEnabledTrueOrderByVersionDesc(kind).stream()
                .filter(t -> seq == 0 || t.code().startsWith("PRODUCT_"))
                .findFirst()
                .or(() -> templates.findByKindAndEnabledTrueOrderByVersionDesc(kind).stream().findFirst())
                .orElseThrow(ContractError.TEMPLATE_NOT_FOUND::exception);
    }

    /** Waiting for signature, or in force and not past its expiry. */
    public static boolean holds(DeptContract c, LocalDateTime now) {
        return !c.deleted() && (c.state() == ContractState.PENDING
                || (c.isEffective() && (c.expireTime() == null || c.expireTime().isAfter(now))));
    }
}
