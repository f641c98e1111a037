package com.nuoer.common.messaging.ledger;

import com.nuoer.common.web.ApiResponse;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /internal/messaging/ledger?since=} — this service's outbox per event type and its consumer groups;
 * {@code POST /internal/messaging/ledger/missing} — which of the given event ids a consumer group has not consumed.
 * Internal (signed service identity, never routed by the gateway); asked by svc-billing's reconciliation.
 */
@RestController
@RequestMapping("/internal/messaging/ledger")
public class MessagingLedgerController {

    private final MessagingLedger ledger;

    public MessagingLedgerController(MessagingLedger ledger) {
        this.ledger = ledger;
    }

    @GetMapping
    public ApiResponse<MessagingLedger.Ledger> ledger(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime since) {
        return ApiResponse.ok(ledger.ledger(since));
    }

    @PostMapping("/missing")
    public ApiResponse<List<String>> missing(@RequestBody MessagingLedger.MissingQuery query) {
        if (query == null || query.consumerGroup() == null || query.eventIds() == null
                || query.eventIds().size() > MessagingLedger.MAX_IDS) {
            throw com.nuoer.common.error.BizException.badRequest("consumerGroup and at most "
                    + MessagingLedger.MAX_IDS + " eventIds are required");
        }
        return ApiResponse.ok(ledger.missing(query.consumerGroup(), query.eventIds()));
    }
}
