package com.nuoer.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.nuoer.infra.PgDatabases;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.rocketmq.client.consumer.DefaultMQPushConsumer;
import org.apache.rocketmq.client.consumer.listener.ConsumeConcurrentlyStatus;
import org.apache.rocketmq.client.consumer.listener.MessageListenerConcurrently;
import org.apache.rocketmq.client.producer.DefaultMQProducer;
import org.apache.rocketmq.client.producer.SendResult;
import org.apache.rocketmq.client.producer.SendStatus;
import org.apache.rocketmq.common.consumer.ConsumeFromWhere;
import org.apache.rocketmq.common.message.Message;
import org.apache.rocketmq.common.message.MessageExt;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shared engines really work: SQL on a created database, Redis SET/GET, a RocketMQ round trip. */
class TestEnginesTest {

    @BeforeAll
    static void start() {
        long t0 = System.nanoTime();
        TestEngines.get();
        System.out.printf("TestEngines.get() took %d ms: %s%n", (System.nanoTime() - t0) / 1_000_000,
                TestEngines.describe());
    }

    @Test
    void postgresRunsSqlOnACreatedDatabase() throws Exception {
        String url = TestEngines.jdbcUrl("nuoer_probe");
        assertThat(url).endsWith("/nuoer_probe");
        try (Connection c = PgDatabases.connect(url, TestEngines.dbUsername(), TestEngines.dbPassword());
             Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("select version(), current_database()")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).startsWith("PostgreSQL 17");
                assertThat(rs.getString(2)).isEqualTo("nuoer_probe");
            }
            st.execute("create table if not exists probe(id int primary key, name text)");
            st.execute("insert into probe values (1, '诺尔') on conflict (id) do update set name = excluded.name");
            try (ResultSet rs = st.executeQuery("select name from probe where id = 1")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("诺尔");
            }
        }
        // idempotent
        assertThat(TestEngines.jdbcUrl("nuoer_probe")).isEqualTo(url);
    }

    @Test
    void redisSetAndGet() throws Exception {
        String key = "probe:" + UUID.randomUUID();
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(TestEngines.redisHost(), TestEngines.redisPort()), 5000);
            s.setSoTimeout(5000);
            OutputStream out = s.getOutputStream();
            InputStream in = s.getInputStream();
            out.write(resp("SET", key, "value-1"));
            out.flush();
            assertThat(readLine(in)).isEqualTo("+OK");
            out.write(resp("GET", key));
            out.flush();
            assertThat(readLine(in)).isEqualTo("$7");
            assertThat(readLine(in)).isEqualTo("value-1");
        }
    }

    @Test
    void rocketMqDeliversAMessageOnCustomerEvent() throws Exception {
        String body = "hello-" + UUID.randomUUID();
        BlockingQueue<String> received = new ArrayBlockingQueue<>(100);
        DefaultMQPushConsumer consumer = new DefaultMQPushConsumer("probe-consumer-" + System.nanoTime());
        DefaultMQProducer producer = new DefaultMQProducer("probe-producer-" + System.nanoTime());
        try {
            consumer.setNamesrvAddr(TestEngines.nameServer());
            consumer.setConsumeFromWhere(ConsumeFromWhere.CONSUME_FROM_FIRST_OFFSET);
            consumer.subscribe("customer-event", "*");
            consumer.registerMessageListener((MessageListenerConcurrently) (msgs, ctx) -> {
                for (MessageExt m : msgs) {
                    received.offer(new String(m.getBody(), StandardCharsets.UTF_8));
                }
                return ConsumeConcurrentlyStatus.CONSUME_SUCCESS;
            });
            consumer.start();

            producer.setNamesrvAddr(TestEngines.nameServer());
            producer.setSendMsgTimeout(10_000);
            producer.start();
            long t0 = System.nanoTime();
            SendResult result = producer.send(new Message("customer-event", "probe",
                    body.getBytes(StandardCharsets.UTF_8)));
            assertThat(result.getSendStatus()).isEqualTo(SendStatus.SEND_OK);

            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            String got = null;
            while (System.nanoTime() < deadline) {
                String m = received.poll(500, TimeUnit.MILLISECONDS);
                if (body.equals(m)) {
                    got = m;
                    break;
                }
            }
            assertThat(got).as("message received within 30 s").isEqualTo(body);
            System.out.printf("RocketMQ round trip took %d ms%n", (System.nanoTime() - t0) / 1_000_000);
        } finally {
            producer.shutdown();
            consumer.shutdown();
        }
    }

    private static byte[] resp(String... parts) {
        StringBuilder sb = new StringBuilder("*").append(parts.length).append("\r\n");
        for (String p : parts) {
            sb.append('$').append(p.getBytes(StandardCharsets.UTF_8).length).append("\r\n").append(p).append("\r\n");
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        int prev = -1;
        while (true) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("connection closed");
            }
            if (prev == '\r' && b == '\n') {
                byte[] bytes = buf.toByteArray();
                return new String(bytes, 0, bytes.length - 1, StandardCharsets.UTF_8);
            }
            buf.write(b);
            prev = b;
        }
    }
}
