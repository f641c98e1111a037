package com.nuoer.contract.contract;

import com.nuoer.common.messaging.EventTypes;
import com.nuoer.common.messaging.OutboxPublisher;
import com.nuoer.common.messaging.Topics;
import com.nuoer.common.messaging.events.SendNotice;
import com.nuoer.contract.ContractProperties;
import com.nuoer.contract.storage.SignedLinks;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The signing SMS: rate-limited ({@link SmsRateLimiter}), then the {@code SendNotice} command to svc-customer's
 * notification centre through the outbox (template CONTRACT_SIGN_LINK with the signing link).
 */
@Component
public class SigningSms {

    private final SmsRateLimiter limiter;
    private final OutboxPublisher outbox;
    private final SignedLinks links;
    private final ContractProperties properties;
    private final Clock clock;

    public SigningSms(SmsRateLimiter limiter, OutboxPublisher outbox, SignedLinks links,
                      ContractProperties properties, Clock clock) {
        this.limiter = limiter;
        this.outbox = outbox;
        this.links = links;
        this.properties = properties;
        this.clock = clock;
    }

    /** Checks the limits (429xx when exceeded) — call before changing anything. */
    public void reserve(String contractNo, String mobile) {
        limiter.acquire(contractNo, mobile);
    }

    /** Queues the SMS (inside the business transaction). */
    public void send(DeptContract contract, String mobile, String customerName, Long userId, String appcode) {
        String signUrl = links.absolute(contract.signUrl());
        LocalDateTime now = LocalDateTime.now(clock);
        long days = contract.signEndTime() == null ? 0
                : Math.max(1, Duration.between(now, contract.signEndTime()).toDays());
        String content = customerName + "您好，合同" + contract.contractNo() + "待您签署，请在" + days
                + "天内点击链接完成签署：" + signUrl;
        SendNotice notice = new SendNotice(SendNotice.SMS, mobile, List.of(), properties.getSms().getTemplateCode(),
                Map.of("organizationName", customerName == null ? "" : customerName,
                        "contractNo", contract.contractNo(),
                        "contractName", contract.contractName(),
                        "validDays", String.valueOf(days),
                        "signUrl", signUrl),
                "合同签署通知", content, null, userId, appcode,
                "contract-sign:" + contract.contractNo() + ":" + clock.millis());
        outbox.publish(Topics.NOTIFY_COMMAND, EventTypes.SEND_NOTICE, contract.contractNo(), notice);
    }
}
