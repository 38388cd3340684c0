package io.extreme.testkit.cluster;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

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
}
