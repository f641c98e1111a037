package com.nuoer.billing.reconciliation;

import com.nuoer.billing.reconciliation.PeerFacts.ApicallFacts;
import com.nuoer.billing.reconciliation.PeerFacts.WalletFacts;
import com.nuoer.common.messaging.ledger.MessagingLedger;
import java.time.LocalDateTime;
import java.util.List;

/** The other services' answers the reconciliation needs (svc-billing's own ledger included). */
public interface ReconciliationPeers {

    /** Services whose messaging ledgers are compared (every service with a database). */
    List<String> services();

    WalletFacts wallet(LocalDateTime since);

    ApicallFacts apicall(LocalDateTime since);

    MessagingLedger.Ledger ledger(String service, LocalDateTime since);

    List<String> missing(String service, String consumerGroup, List<String> eventIds);
}
