package com.nuoer.infra;

import java.nio.file.Path;

/**
 * RocketMQ 5.x logs through its own shaded logback (not the application's). It picks its configuration from
 * system property {@code rmq.logback.configurationFile}, else the first of {@code rmq.logback.xml},
 * {@code rmq.broker.logback.xml}, ... on the class path - with the broker jar present that is the broker's file,
 * which writes ~20 files under {@code ${user.home}/logs/rocketmqlogs}.
 *
 * <p>{@link #configure(Path)} points it at {@code nuoer-rmq-logback.xml} (this jar): everything INFO+ into one
 * size-capped file {@code <logDir>/rocketmq.log}, nothing to the console. It only has an effect when called before
 * the first RocketMQ class logs anything (the shaded logback is configured once per JVM), and it never overrides
 * properties that were set explicitly ({@code -Drmq.logback.configurationFile=...}, {@code -Dnuoer.rmq.logDir=...}).
 */
public final class RocketMqLogging {

    public static final String CONFIG_PROPERTY = "rmq.logback.configurationFile";
    public static final String LOG_DIR_PROPERTY = "nuoer.rmq.logDir";
    public static final String CONFIG_RESOURCE = "nuoer-rmq-logback.xml";

    private RocketMqLogging() {
    }

    public static synchronized void configure(Path logDir) {
        if (System.getProperty(CONFIG_PROPERTY) == null) {
            System.setProperty(CONFIG_PROPERTY, CONFIG_RESOURCE);
        }
        if (System.getProperty(LOG_DIR_PROPERTY) == null && logDir != null) {
            System.setProperty(LOG_DIR_PROPERTY, logDir.toAbsolutePath().toString());
        }
    }
}
