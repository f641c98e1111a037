package com.nuoer.apicall.call;

import static org.assertj.core.api.Assertions.assertThat;

import com.nuoer.apicall.ApicallIntegrationBase;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;

/** Replicas of svc-apicall lease distinct node ids in Redis, so their call serial numbers never collide. */
class NodeIdLeaseIntegrationTest extends ApicallIntegrationBase {

    @Autowired
    StringRedisTemplate redis;
    @Autowired
    NodeIdLease running;

    @Test
    void replicasLeaseDistinctNodeIdsAndAReleasedIdIsFreeAgain() {
        NodeIdLease second = new NodeIdLease(-1, redis);
        NodeIdLease third = new NodeIdLease(-1, redis);
        try {
            Set<Integer> ids = new HashSet<>(List.of(running.nodeId(), second.nodeId(), third.nodeId()));
            assertThat(ids).hasSize(3).allMatch(id -> id >= 0 && id < NodeIdLease.SLOTS);
            assertThat(redis.hasKey("apicall:node-id:" + second.nodeId())).isTrue();
        } finally {
            second.release();
            third.release();
        }
        assertThat(redis.hasKey("apicall:node-id:" + second.nodeId())).isFalse();
        assertThat(redis.hasKey("apicall:node-id:" + running.nodeId()))
                .as("releasing another replica's lease leaves ours alone").isTrue();
    }

    @Test
    void aConfiguredNodeIdIsUsedAsIsAndLeasesNothing() {
        NodeIdLease configured = new NodeIdLease(42, redis);
        assertThat(configured.nodeId()).isEqualTo(42);
        assertThat(new SeqNos(configured).next(java.time.LocalDateTime.of(2026, 11, 29, 12, 0))).hasSize(24)
                .startsWith("2026112912000000042");
    }
}
