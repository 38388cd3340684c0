package io.extreme.testkit.cluster;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

/**
 * Which loopback address each node listens on. Linux answers on all of 127.0.0.0/8, so each node
 * gets one of its own, as the nodes of a real cluster have, and a client can tell them apart by
 * address alone; where binding 127.0.0.2 fails (macOS without aliases) all share 127.0.0.1.
 */
final class LoopbackAddresses {
    /** The address every node uses when they cannot have their own. */
    static final String SHARED = "127.0.0.1";

    private LoopbackAddresses() {
    }

    /** Node {@code index}'s own address: 127.0.0.(index + 1), so node 0 is on the usual 127.0.0.1. */
    static String forNode(int index) {
        return "127.0.0." + (index + 1);
    }

    /** True when a server socket can be bound on 127.0.0.2 here. */
    static boolean distinctAvailable() {
        try (ServerSocket probe = new ServerSocket()) {
            probe.bind(new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 2}), 0));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * A port that is free on the first {@code nodes} node addresses at once, for nodes that all
     * serve gossip on one port (as a cluster found by DNS does). Each try holds the port on every
     * address before letting go, so a port some address already uses is skipped.
     *
     * @throws IllegalStateException when no such port was found in 20 tries
     */
    static int commonFreePort(int nodes) {
        for (int attempt = 0; attempt < 20; attempt++) {
            List<ServerSocket> held = new ArrayList<>();
            try {
                ServerSocket first = new ServerSocket();
                held.add(first);
                first.bind(new InetSocketAddress(InetAddress.getByName(forNode(0)), 0));
                int port = first.getLocalPort();
                for (int i = 1; i < nodes; i++) {
                    ServerSocket next = new ServerSocket();
                    held.add(next);
                    next.bind(new InetSocketAddress(InetAddress.getByName(forNode(i)), port));
                }
                return port;
            } catch (IOException taken) {
                // the port is in use on one of the addresses: try another
            } finally {
                for (ServerSocket socket : held) {
                    try {
                        socket.close();
                    } catch (IOException ignored) {
                        // closing a probe socket; nothing to keep
                    }
                }
            }
        }
        throw new IllegalStateException("no port is free on all of 127.0.0.1 to " + forNode(nodes - 1));
    }
}
