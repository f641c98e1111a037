package com.nuoer.wallet.charge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nuoer.common.messaging.events.ApiCallCharged;
import com.nuoer.common.messaging.events.ApiRecordCorrected;
import com.nuoer.wallet.wallet.WalletEvents;
import com.nuoer.wallet.wallet.WalletLedger;
import com.nuoer.wallet.wallet.WalletLedger.Change;
import com.nuoer.wallet.wallet.WalletLedger.Outcome;
import com.nuoer.wallet.wallet.WalletRepository;
import java.math.BigDecimal;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * F5-7: one ApiCallCharged batch = one {@code pay} flow (businessNo = batchNo), however many lines it groups and
 * however often it arrives. A batch the overdraft rule refuses (a prepaid wallet cannot pay it, or 超支 beyond the
 * quota) changes no balance: it is kept once in {@code wallet_arrears} (a receivable for billing, domain.md §6-22)
 * and {@code WalletExhausted} tells svc-apicall's guard to block the wallet.
 */
@Service
public class ChargeService {

    private static final Logger log = LoggerFactory.getLogger(ChargeService.class);

    private final WalletLedger ledger;
    private final WalletRepository wallets;
    private final WalletEvents events;
    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    private static final int MONTHLY_SETTLEMENT = 20;

    public ChargeService(WalletLedger ledger, WalletRepository wallets, WalletEvents events, JdbcTemplate jdbc,
                         ObjectMapper json) {
        this.ledger = ledger;
        this.wallets = wallets;
        this.events = events;
        this.jdbc = jdbc;
        this.json = json;
    }

    @Transactional
    public Outcome charge(ApiCallCharged batch) {
        if (batch.batchNo() == null || batch.batchNo().isBlank() || batch.items() == null) {
            log.error("dropping malformed ApiCallCharged {}", batch);
            return Outcome.DUPLICATE;
        }
        long walletId = ledger.receiving(target(batch)).orElseThrow(() -> new IllegalStateException(
                "wallet of charge batch " + batch.batchNo() + " not found yet; retried later"));
        BigDecimal amount = batch.items().stream().map(ApiCallCharged.Item::fee)
                .map(f -> f == null ? BigDecimal.ZERO : f).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
        if (amount.signum() < 0) {
            log.error("dropping ApiCallCharged {} with a negative total", batch.batchNo());
            return Outcome.DUPLICATE;
        }
        Boolean inArrears = jdbc.queryForObject("""
                select exists (select 1 from wallet_arrears where wallet_id = ? and biz_type = 'pay' and business_no = ?)""",
                Boolean.class, walletId, batch.batchNo());
        if (Boolean.TRUE.equals(inArrears)) {
            return Outcome.DUPLICATE;
        }
        String detail = toJson(batch.items());
        WalletLedger.Result r = ledger.apply(new Change(walletId, false, "pay", "WALLET", batch.batchNo(),
                feeName(batch.items()), amount, detail, batch.appcode(), null, true));
        if (r.outcome() == Outcome.REFUSED) {
            int kept = jdbc.update("""
                    insert into wallet_arrears (wallet_id, biz_type, business_no, amount, fee_name, detail)
                    values (?, 'pay', ?, ?, ?, cast(? as jsonb))
                    on conflict (wallet_id, biz_type, business_no) do nothing""",
                    walletId, batch.batchNo(), amount, feeName(batch.items()), detail);
            if (kept == 1 && r.wallet() != null) {
                log.warn("charge batch {} ({}) exceeds the limit of wallet {}: kept as arrears", batch.batchNo(),
                        amount, walletId);
                events.exhausted(r.wallet(), amount);
            }
        }
        return r.outcome();
    }

    /**
     * F5-8: ops corrected a charged call downwards ({@code ApiRecordCorrected}); the difference goes back to the wallet
     * that paid it as a {@code refund} flow, exactly once per correction (businessNo = seqNo:version, unique per
     * wallet). Monthly-settled wallets paid nothing per call (their statement is recomputed by svc-billing), and a
     * correction that raises the fee is not charged afterwards: nothing happens for either.
     */
    @Transactional
    public Outcome refund(ApiRecordCorrected c) {
        BigDecimal before = c.feeBefore() == null ? BigDecimal.ZERO : c.feeBefore();
        BigDecimal after = c.feeAfter() == null ? BigDecimal.ZERO : c.feeAfter();
        BigDecimal amount = before.subtract(after).setScale(2, java.math.RoundingMode.HALF_UP);
        if (c.seqNo() == null || amount.signum() <= 0) {
            return Outcome.DUPLICATE;
        }
        Long walletId = c.walletId() != null ? c.walletId()
                : (c.organizationId() != null ? wallets.findFirstByOrganizationIdAndIsDefaultTrue(c.organizationId())
                        : wallets.findFirstByMerchantIdAndIsDefaultTrue(c.merchantId())).map(w -> w.getId()).orElse(null);
        if (walletId == null) {
            log.warn("no wallet for the correction of {}: nothing refunded", c.seqNo());
            return Outcome.DUPLICATE;
        }
        if (ledger.current(walletId).overdraftState() == MONTHLY_SETTLEMENT) {
            return Outcome.DUPLICATE;
        }
        return ledger.apply(new Change(walletId, true, "refund", "WALLET", c.seqNo() + ":" + c.version(),
                "调用记录更正退款", amount, null, null, null, false)).outcome();
    }

    private long target(ApiCallCharged b) {
        if (b.walletId() != null) {
            return b.walletId();
        }
        return (b.organizationId() != null ? wallets.findFirstByOrganizationIdAndIsDefaultTrue(b.organizationId())
                : wallets.findFirstByMerchantIdAndIsDefaultTrue(b.merchantId()))
                .map(w -> w.getId())
                .orElseThrow(() -> new IllegalStateException("no default wallet for charge batch " + b.batchNo()));
    }

    static String feeName(List<ApiCallCharged.Item> items) {
        if (items.isEmpty()) {
            return "接口调用费";
        }
        ApiCallCharged.Item first = items.get(0);
        String name = first.checkItemName() != null ? first.checkItemName() : first.checkItem();
        String text = items.size() == 1 ? name : name + "等" + items.size() + "项";
        return text.length() > 200 ? text.substring(0, 200) : text;
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
