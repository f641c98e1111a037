package com.nuoer.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.apache.rocketmq.auth.config.AuthConfig;
import org.apache.rocketmq.broker.BrokerController;
import org.apache.rocketmq.common.BrokerConfig;
import org.apache.rocketmq.common.MQVersion;
import org.apache.rocketmq.common.TopicConfig;
import org.apache.rocketmq.common.constant.PermName;
import org.apache.rocketmq.common.namesrv.NamesrvConfig;
import org.apache.rocketmq.namesrv.NamesrvController;
import org.apache.rocketmq.remoting.common.TlsMode;
import org.apache.rocketmq.remoting.netty.NettyClientConfig;
import org.apache.rocketmq.remoting.netty.NettyServerConfig;
import org.apache.rocketmq.remoting.netty.TlsSystemConfig;
import org.apache.rocketmq.remoting.protocol.RemotingCommand;
import org.apache.rocketmq.remoting.protocol.route.TopicRouteData;
import org.apache.rocketmq.store.config.MessageStoreConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real RocketMQ 5.3.3 name server and broker running inside this JVM (no Docker, no separate processes).
 *
 * <p>Small-broker settings (64 MB commit-log files, no timer wheel, 98 % disk ratio), broker address 127.0.0.1,
 * topics created up front so consumers get routes at once. The broker listens on {@code brokerPort},
 * {@code brokerPort-2} (fast channel) and {@code brokerPort+1} (HA).
 *
 * <p>Shutdown is slow (the broker's executors and store take up to tens of seconds): tests need not close it at
 * all (JVM exit ends it); use {@link #closeAsync()} or {@link #close(Duration)} to bound the wait.
 */
public final class RocketMqEngine implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RocketMqEngine.class);

    public static final String CLUSTER = "DefaultCluster";
    public static final String BROKER_NAME = "nuoer-broker";
    private static final String TEMP_PREFIX = "nuoer-rocketmq-";

    private final NamesrvController namesrv;
    private volatile BrokerController broker;
    private final int namesrvPort;
    private final int brokerPort;
    private final Path storeDir;
    private volatile CompletableFuture<Void> closing;

    private RocketMqEngine(NamesrvController namesrv, BrokerController broker, int namesrvPort, int brokerPort,
                           Path storeDir) {
        this.namesrv = namesrv;
        this.broker = broker;
        this.namesrvPort = namesrvPort;
        this.brokerPort = brokerPort;
        this.storeDir = storeDir;
    }

    /**
     * Starts name server + broker with the store (and RocketMQ's own log file, unless configured earlier) under
     * {@code storeDir}, then creates {@code topics} with {@link LocalTopology#QUEUES_PER_TOPIC} queues each.
     *
     * @param namesrvPort 0 = a random free port
     * @param brokerPort  0 = a random free port (with port-2 and port+1 free too)
     */
    public static RocketMqEngine start(int namesrvPort, int brokerPort, Path storeDir, Collection<String> topics) {
        long t0 = System.nanoTime();
        Path store = storeDir.toAbsolutePath();
        try {
            Files.createDirectories(store);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        RocketMqLogging.configure(store.resolve("logs"));
        // Without this the name server treats in-process brokers as an old version and drops their topics
        // ("No route info of this topic").
        System.setProperty(RemotingCommand.REMOTING_VERSION_KEY, String.valueOf(MQVersion.CURRENT_VERSION));
        // Don't refuse writes on a fairly full developer disk (defaults 0.90 / 0.85).
        setIfAbsent("rocketmq.broker.diskSpaceWarningLevelRatio", "0.98");
        setIfAbsent("rocketmq.broker.diskSpaceCleanForciblyRatio", "0.97");
        // Plain TCP only: the default "permissive" TLS mode builds a self-signed SSLContext per server (~1.5 s each,
        // 3 of them). Clients don't use TLS unless tls.enable=true. The field is read once, so set it directly too.
        if (System.getProperty(TlsSystemConfig.TLS_SERVER_MODE) == null) {
            System.setProperty(TlsSystemConfig.TLS_SERVER_MODE, "disabled");
            TlsSystemConfig.tlsMode = TlsMode.DISABLED;
        }

        int nsPort = namesrvPort == 0 ? Ports.freePort() : namesrvPort;
        int bPort = brokerPort == 0 ? Ports.freeBrokerPort() : brokerPort;
        String nsAddr = "127.0.0.1:" + nsPort;

        NamesrvController namesrv = startNamesrv(nsPort, store.resolve("namesrv"));
        BrokerController broker;
        try {
            broker = startBroker(nsAddr, bPort, store.resolve("broker"));
        } catch (RuntimeException e) {
            namesrv.shutdown();
            throw e;
        }
        RocketMqEngine engine = new RocketMqEngine(namesrv, broker, nsPort, bPort, store);
        try {
            engine.createTopics(topics);
        } catch (RuntimeException e) {
            engine.closeAsync();
            throw e;
        }
        log.info("RocketMQ started: namesrv {} broker 127.0.0.1:{} ({} topics, {} ms, store {})", nsAddr, bPort,
                topics.size(), (System.nanoTime() - t0) / 1_000_000, store);
        return engine;
    }

    /**
     * Random ports and a fresh temporary store directory in the system temp dir, deleted when the JVM exits (best
     * effort: the broker keeps running during JVM exit and may re-create a few small files; such leftovers older than
     * 10 minutes are removed by later calls).
     */
    public static RocketMqEngine startTemporary(Collection<String> topics) {
        return startTemporary(topics, null);
    }

    /**
     * Like {@link #startTemporary(Collection)}, with the temporary store created under {@code parent} (e.g. Maven's
     * {@code target}, so that {@code mvn clean} removes whatever the exit hook could not); null = the system temp dir.
     */
    public static RocketMqEngine startTemporary(Collection<String> topics, Path parent) {
        Path dir;
        try {
            if (parent == null) {
                dir = Files.createTempDirectory(TEMP_PREFIX);
            } else {
                Files.createDirectories(parent);
                dir = Files.createTempDirectory(parent, TEMP_PREFIX);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        deleteStaleTemporaryStores(dir.getParent());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            // the broker is not shut down and may rewrite a config file meanwhile: a second pass catches most
            deleteRecursively(dir);
            sleepQuietly(300);
            deleteRecursively(dir);
        }, "rocketmq-store-cleanup"));
        return start(0, 0, dir, topics);
    }

    /**
     * Removes leftovers of earlier test JVMs (a broker still running at JVM exit can re-create small config files
     * after the exit hook deleted its store): temporary stores older than 10 minutes whose broker lock is free.
     */
    static void deleteStaleTemporaryStores(Path tmp) {
        long cutoff = System.currentTimeMillis() - TimeUnit.MINUTES.toMillis(10);
        try (Stream<Path> dirs = Files.list(tmp)) {
            dirs.filter(d -> d.getFileName().toString().startsWith(TEMP_PREFIX) && Files.isDirectory(d))
                    .filter(d -> {
                        try {
                            return Files.getLastModifiedTime(d).toMillis() < cutoff && !brokerLockHeld(d);
                        } catch (IOException e) {
                            return false;
                        }
                    })
                    .forEach(RocketMqEngine::deleteRecursively);
        } catch (IOException | RuntimeException e) {
            log.debug("could not clean stale RocketMQ stores in {}: {}", tmp, e.toString());
        }
    }

    private static boolean brokerLockHeld(Path store) {
        Path lock = store.resolve("broker").resolve("lock");
        if (!Files.exists(lock)) {
            return false;
        }
        try (FileChannel ch = FileChannel.open(lock, StandardOpenOption.WRITE)) {
            FileLock l = ch.tryLock();
            if (l == null) {
                return true;
            }
            l.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true; // held by this JVM
        } catch (IOException e) {
            return true; // can't tell: leave it
        }
    }

    private static NamesrvController startNamesrv(int port, Path dir) {
        NamesrvConfig config = new NamesrvConfig();
        config.setRocketmqHome(dir.toString());
        config.setKvConfigPath(dir.resolve("kvConfig.json").toString());
        config.setConfigStorePath(dir.resolve("namesrv.properties").toString());
        NettyServerConfig server = new NettyServerConfig();
        server.setListenPort(port);
        server.setBindAddress("0.0.0.0");
        NamesrvController controller = new NamesrvController(config, server, new NettyClientConfig());
        if (!controller.initialize()) {
            controller.shutdown();
            throw new IllegalStateException("RocketMQ name server failed to initialize on port " + port);
        }
        try {
            controller.start();
        } catch (Exception e) {
            controller.shutdown();
            throw new IllegalStateException("RocketMQ name server failed to start on port " + port, e);
        }
        return controller;
    }

    private static BrokerController startBroker(String nsAddr, int port, Path dir) {
        BrokerConfig brokerConfig = new BrokerConfig();
        brokerConfig.setRocketmqHome(dir.toString());
        brokerConfig.setNamesrvAddr(nsAddr);
        brokerConfig.setBrokerIP1("127.0.0.1");
        brokerConfig.setBrokerIP2("127.0.0.1");
        brokerConfig.setBrokerName(BROKER_NAME);
        brokerConfig.setBrokerClusterName(CLUSTER);
        brokerConfig.setBrokerId(0);
        brokerConfig.setListenPort(port);
        brokerConfig.setAutoCreateTopicEnable(true); // fallback only: topics are created up front
        brokerConfig.setAutoCreateSubscriptionGroup(true);

        NettyServerConfig server = new NettyServerConfig();
        server.setListenPort(port);

        MessageStoreConfig store = new MessageStoreConfig();
        store.setStorePathRootDir(dir.toString());
        store.setStorePathCommitLog(dir.resolve("commitlog").toString());
        store.setStorePathEpochFile(dir.resolve("epochFileCheckpoint").toString());
        store.setStorePathBrokerIdentity(dir.resolve("brokerIdentity").toString());
        store.setHaListenPort(port + 1);
        store.setMappedFileSizeCommitLog(64 * 1024 * 1024);
        store.setMappedFileSizeConsumeQueue(600_000);
        store.setMappedFileSizeTimerLog(8 * 1024 * 1024);
        store.setTimerWheelEnable(false);
        store.setDiskMaxUsedSpaceRatio(98);

        AuthConfig auth = new AuthConfig();
        auth.setConfigName(BROKER_NAME);
        auth.setClusterName(CLUSTER);
        auth.setAuthConfigPath(dir.resolve("config").toString());

        BrokerController controller = new BrokerController(brokerConfig, server, new NettyClientConfig(), store, auth);
        boolean ok;
        try {
            ok = controller.initialize();
        } catch (Exception e) {
            controller.shutdown();
            throw new IllegalStateException("RocketMQ broker failed to initialize on port " + port, e);
        }
        if (!ok) {
            controller.shutdown();
            throw new IllegalStateException("RocketMQ broker failed to initialize on port " + port
                    + " (store " + dir + " locked by another broker? see " + dir.getParent().resolve("logs") + ")");
        }
        try {
            controller.start();
        } catch (Exception e) {
            controller.shutdown();
            throw new IllegalStateException("RocketMQ broker failed to start on port " + port, e);
        }
        return controller;
    }

    /**
     * Creates (or updates) the topics on the broker, registers them with the name server and waits until the name
     * server returns a route for each (max 15 s).
     */
    public void createTopics(Collection<String> topics) {
        if (topics.isEmpty()) {
            return;
        }
        for (String topic : topics) {
            TopicConfig tc = new TopicConfig(topic, LocalTopology.QUEUES_PER_TOPIC, LocalTopology.QUEUES_PER_TOPIC,
                    PermName.PERM_READ | PermName.PERM_WRITE);
            broker.getTopicConfigManager().updateTopicConfig(tc);
        }
        broker.registerBrokerAll(true, false, true);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        List<String> missing = new ArrayList<>(topics);
        while (true) {
            missing.removeIf(t -> hasRoute(namesrv.getRouteInfoManager().pickupTopicRouteData(t)));
            if (missing.isEmpty()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("name server has no route for topics " + missing);
            }
            sleep(100);
            broker.registerBrokerAll(true, false, true);
        }
    }

    private static boolean hasRoute(TopicRouteData route) {
        return route != null && route.getQueueDatas() != null && !route.getQueueDatas().isEmpty()
                && route.getBrokerDatas() != null && !route.getBrokerDatas().isEmpty();
    }

    /** {@code 127.0.0.1:port} of the name server (what clients' {@code rocketmq.name-server} wants). */
    public String nameServerAddress() {
        return "127.0.0.1:" + namesrvPort;
    }

    public int nameServerPort() {
        return namesrvPort;
    }

    /** {@code 127.0.0.1:port} of the broker. */
    public String brokerAddress() {
        return "127.0.0.1:" + brokerPort;
    }

    public int brokerPort() {
        return brokerPort;
    }

    public Path storeDir() {
        return storeDir;
    }

    /**
     * Restarts the broker in place (same port and store; the name server keeps running): what a broker crash and
     * recovery looks like to producers and consumers — sends fail or wait, consumers reconnect, nothing stored is
     * lost. Used by the crash tests through local-infra's control port. Returns the time the broker was down (ms).
     */
    public synchronized long restartBroker(Duration down) {
        long t0 = System.nanoTime();
        broker.shutdown();
        try {
            Thread.sleep(down.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        broker = startBroker("127.0.0.1:" + namesrvPort, brokerPort, storeDir.resolve("broker"));
        log.info("RocketMQ broker restarted on 127.0.0.1:{}", brokerPort);
        return (System.nanoTime() - t0) / 1_000_000;
    }

    /** Starts shutting broker then name server down on a daemon thread; repeated calls return the same future. */
    public synchronized CompletableFuture<Void> closeAsync() {
        if (closing == null) {
            CompletableFuture<Void> f = new CompletableFuture<>();
            Thread t = new Thread(() -> {
                try {
                    long t0 = System.nanoTime();
                    try {
                        broker.shutdown();
                    } finally {
                        namesrv.shutdown();
                    }
                    log.info("RocketMQ stopped ({} ms)", (System.nanoTime() - t0) / 1_000_000);
                    f.complete(null);
                } catch (Throwable e) {
                    f.completeExceptionally(e);
                }
            }, "rocketmq-engine-shutdown");
            t.setDaemon(true);
            t.start();
            closing = f;
        }
        return closing;
    }

    /** Shuts down, waiting at most {@code maxWait}; returns true if shutdown completed in time. */
    public boolean close(Duration maxWait) {
        try {
            closeAsync().get(maxWait.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            log.warn("RocketMQ still shutting down after {} s, not waiting any longer", maxWait.toSeconds());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (Exception e) {
            log.warn("RocketMQ shutdown failed: {}", e.toString());
            return false;
        }
    }

    /** Full, blocking shutdown (can take tens of seconds; at most 60 s). */
    @Override
    public void close() {
        close(Duration.ofSeconds(60));
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static void sleepQuietly(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // best effort
                }
            });
        } catch (IOException | UncheckedIOException ignored) {
            // best effort
        }
    }
}
