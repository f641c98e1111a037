package com.nuoer.apicall.call;

import jakarta.annotation.PreDestroy;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.DefaultRedisScript;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The node part of this instance's call serial numbers ({@link SeqNos}): configured with {@code nuoer.apicall.node-id}
 * (0–99), or else leased in Redis — the first free of 100 slots, held with a TTL and renewed while the instance lives,
 * so replicas of one Deployment never share a node id (a pid modulo 100 can collide). Released on a graceful stop; a
 * killed instance's slot frees itself when the TTL runs out.
 */
@Component
public class NodeIdLease {

    static final int SLOTS = 100;
    private static final Logger log = LoggerFactory.getLogger(NodeIdLease.class);
    private static final String KEY = "apicall:node-id:";
    private static final Duration TTL = Duration.ofSeconds(90);
    /** Renews only while the slot is still ours: a lease lost (e.g. after a long pause) is not silently taken back. */
    private static final DefaultRedisScript<Long> RENEW = new DefaultRedisScript<>(
            "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0 end",
            Long.class);
    private static final DefaultRedisScript<Long> RELEASE = new DefaultRedisScript<>(
            "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end", Long.class);

    private final StringRedisTemplate redis;
    private final String owner = ManagementFactory.getRuntimeMXBean().getName() + ":" + UUID.randomUUID();
    private final int nodeId;
    private final boolean leased;

    public NodeIdLease(@Value("${nuoer.apicall.node-id:-1}") int configured, StringRedisTemplate redis) {
        this.redis = redis;
        if (configured >= 0) {
            this.nodeId = configured % SLOTS;
            this.leased = false;
        } else {
            this.nodeId = lease();
            this.leased = true;
        }
        log.info("call serial numbers use node id {} ({})", digits(), leased ? "leased" : "configured");
    }

    public int nodeId() {
        return nodeId;
    }

    /** The node id as it appears in this instance's serial and batch numbers: two digits. */
    public String digits() {
        return String.format("%02d", nodeId);
    }

    private int lease() {
        int start = (int) Math.floorMod(ManagementFactory.getRuntimeMXBean().getPid(), (long) SLOTS);
        for (int i = 0; i < SLOTS; i++) {
            int slot = (start + i) % SLOTS;
            if (Boolean.TRUE.equals(redis.opsForValue().setIfAbsent(KEY + slot, owner, TTL))) {
                return slot;
            }
        }
        throw new IllegalStateException("all " + SLOTS + " apicall node ids are leased: set nuoer.apicall.node-id");
    }

    @Scheduled(fixedDelay = 20_000, initialDelay = 20_000)
    void renew() {
        if (!leased) {
            return;
        }
        try {
            Long renewed = redis.execute(RENEW, java.util.List.of(KEY + nodeId), owner, Long.toString(TTL.toMillis()));
            if (renewed == null || renewed == 0) {
                log.error("node id {} lease lost to another instance: restart this instance", nodeId);
            }
        } catch (RuntimeException e) {
            log.warn("node id {} lease not renewed (Redis): {}", nodeId, e.toString());
        }
    }

    @PreDestroy
    void release() {
        if (leased) {
            try {
                redis.execute(RELEASE, java.util.List.of(KEY + nodeId), owner);
            } catch (RuntimeException e) {
                log.debug("node id lease not released: {}", e.toString());
            }
        }
    }
}
