package com.nuoer.wallet.wallet;

import com.nuoer.common.messaging.EventTypes;
import com.nuoer.common.messaging.OutboxPublisher;
import com.nuoer.common.messaging.Topics;
import com.nuoer.common.messaging.events.WalletChanged;
import com.nuoer.common.messaging.events.WalletExhausted;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import org.springframework.stereotype.Component;

/** The one place that publishes wallet-event messages (through the outbox, inside the change's transaction). */
@Component
public class WalletEvents {

    private final OutboxPublisher outbox;
    private final Clock clock;

    public WalletEvents(OutboxPublisher outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    /** WalletChanged after every change, plus WalletExhausted when nothing is left to spend. */
    public void changed(WalletSnapshot s) {
        LocalDateTime now = LocalDateTime.now(clock);
        outbox.publish(Topics.WALLET_EVENT, EventTypes.WALLET_CHANGED, s.walletId(), new WalletChanged(
                s.walletId(), s.organizationId(), s.merchantId(), s.isDefault(), s.appcode(), s.balance(),
                s.overdraftState(), s.overdraftQuota(), s.available(), s.state(), s.version(), now));
        if (s.exhausted()) {
            exhausted(s, BigDecimal.ZERO);
        }
    }

    public void exhausted(WalletSnapshot s, BigDecimal arrears) {
        outbox.publish(Topics.WALLET_EVENT, EventTypes.WALLET_EXHAUSTED, s.walletId(), new WalletExhausted(
                s.walletId(), s.organizationId(), s.merchantId(), s.balance(), s.available(), arrears, s.version(),
                LocalDateTime.now(clock)));
    }
}
