package com.nuoer.common.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nuoer.common.trace.TraceContext;
import java.io.IOException;
import org.apache.rocketmq.client.consumer.DefaultMQPushConsumer;
import org.apache.rocketmq.common.message.MessageExt;
import org.apache.rocketmq.spring.annotation.RocketMQMessageListener;
import org.apache.rocketmq.spring.core.RocketMQListener;
import org.apache.rocketmq.spring.core.RocketMQPushConsumerLifecycleListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.ClassUtils;

/**
 * Base of every consumer: decodes the {@link EventEnvelope}, restores the trace id, and runs {@link #handle} in one
 * transaction with the inbox record, so each event takes effect exactly once however often it is delivered.
 * A failure rolls both back and RocketMQ redelivers later. Subclasses add {@code @RocketMQMessageListener}
 * (whose consumerGroup names the consumer in the inbox) and {@code @Component}.
 */
public abstract class IdempotentEventListener implements RocketMQListener<MessageExt>, RocketMQPushConsumerLifecycleListener {

    private static final Logger log = LoggerFactory.getLogger(IdempotentEventListener.class);
    /**
     * A consumer's first route lookup at start-up fails the whole application when the name server does not answer
     * within the client's default 3 s — which happens when many JVMs start at once on a small machine. Waiting longer
     * costs nothing on a healthy cluster.
     */
    private static final int NAME_SERVER_TIMEOUT_MS = 15_000;

    private Inbox inbox;
    private ObjectMapper objectMapper;
    private TransactionTemplate tx;
    private String instanceName;

    @Autowired
    void setCollaborators(Inbox inbox, ObjectMapper objectMapper, TransactionTemplate tx, ApplicationContext context) {
        this.inbox = inbox;
        this.objectMapper = objectMapper;
        this.tx = tx;
        this.instanceName = instanceName(context);
    }

    @Override
    public void prepareStart(DefaultMQPushConsumer consumer) {
        configure(consumer, instanceName);
    }

    /**
     * One RocketMQ client instance for all consumers of an application context (a service: one per process).
     * rocketmq-spring gives every listener its own instance name, hence its own MQClientInstance (Netty client,
     * rebalance and pull threads): a service with ten listeners ran ten, and stopping it took ten client shutdowns of
     * 2–3 s each. The pid keeps two instances of a service on one host apart (a client id is host@instanceName), the
     * context two contexts of one test JVM (a group may be registered once per client instance).
     */
    public static String instanceName(ApplicationContext context) {
        return "nuoer-" + ProcessHandle.current().pid() + "-" + Integer.toHexString(System.identityHashCode(context));
    }

    /** The consumer settings of the suite, for listeners that do not extend this class too. */
    public static void configure(DefaultMQPushConsumer consumer, String instanceName) {
        consumer.setMqClientApiTimeout(NAME_SERVER_TIMEOUT_MS);
        consumer.setInstanceName(instanceName);
    }

    @Override
    public void onMessage(MessageExt message) {
        EventEnvelope event;
        try {
            event = objectMapper.readValue(message.getBody(), EventEnvelope.class);
        } catch (IOException e) {
            log.error("dropping undecodable message {} on {}: {}", message.getMsgId(), message.getTopic(), e.toString());
            return;
        }
        TraceContext.set(TraceContext.acceptOrCreate(event.traceId()));
        try {
            tx.executeWithoutResult(status -> {
                if (inbox.firstDelivery(consumerName(), event.eventId())) {
                    handle(event);
                } else {
                    log.debug("duplicate delivery of {} ignored", event.eventId());
                }
            });
        } finally {
            TraceContext.clear();
        }
    }

    /** Applies one event; runs inside the inbox transaction. */
    protected abstract void handle(EventEnvelope event);

    protected String consumerName() {
        RocketMQMessageListener annotation = AnnotatedElementUtils.findMergedAnnotation(
                ClassUtils.getUserClass(getClass()), RocketMQMessageListener.class);
        return annotation != null ? annotation.consumerGroup() : getClass().getName();
    }

    protected <T> T payload(EventEnvelope event, Class<T> type) {
        return objectMapper.convertValue(event.payload(), type);
    }
}
