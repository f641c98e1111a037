package com.nuoer.gateway;

import com.nuoer.gateway.config.NuoerGatewayProperties;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * The single entry point of the suite: routes {@code /mt/**} to the seven services (domain.md §1.3), checks the
 * session of the calling front-end, forwards a signed identity, and answers every error of its own with the
 * standard envelope.
 */
@SpringBootApplication
@EnableConfigurationProperties(NuoerGatewayProperties.class)
public class GatewayApplication {

    /** Reactor Netty's event-loop threads (server and client share them); {@code -D} on the command line wins. */
    static final String IO_WORKER_COUNT = "reactor.netty.ioWorkerCount";

    public static void main(String[] args) {
        defaultIoWorkers(Runtime.getRuntime().availableProcessors());
        SpringApplication.run(GatewayApplication.class, args);
    }

    /**
     * One event loop per CPU. Reactor Netty's default is at least four; on the two cores a gateway pod typically
     * gets, two loops cost less: measured on the open API (bench P1), 0.128 → 0.108 CPU-ms per call in the gateway.
     */
    static void defaultIoWorkers(int cpus) {
        if (System.getProperty(IO_WORKER_COUNT) == null) {
            System.setProperty(IO_WORKER_COUNT, Integer.toString(Math.max(1, cpus)));
        }
    }
}
