package com.nuoer.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

/** Free-port helpers (loopback only). */
public final class Ports {

    private Ports() {
    }

    /** A currently free TCP port on 127.0.0.1 (chosen by the OS). */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port", e);
        }
    }

    /** True if nothing listens on 127.0.0.1:port and it can be bound. */
    public static boolean isFree(int port) {
        if (port <= 0 || port > 65535) {
            return false;
        }
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress("0.0.0.0", port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * A free port p such that p-2, p and p+1 are free too: a RocketMQ broker listens on p (remoting),
     * p-2 (fast/VIP channel) and p+1 (HA).
     */
    public static int freeBrokerPort() {
        for (int attempt = 0; attempt < 200; attempt++) {
            int p = freePort();
            if (p > 1026 && p < 65535 && isFree(p - 2) && isFree(p + 1) && isFree(p)) {
                return p;
            }
        }
        throw new IllegalStateException("could not find 3 free ports for the RocketMQ broker");
    }

    /** True if something accepts TCP connections on host:port within timeoutMillis. */
    public static boolean isListening(String host, int port, int timeoutMillis) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(host, port), timeoutMillis);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
