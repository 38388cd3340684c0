package io.extreme.testkit.cluster;

import java.time.Instant;
import java.util.UUID;

/**
 * One member as a node's gossip shows it, taken under the cluster's lock so that a gossip answer
 * is one consistent picture. A simulated node has one TCP and one HTTP interface, so the internal
 * and external fields of gossip show the same address and ports.
 *
 * @param timeStamp        when the member was last seen alive: now for a live one
 * @param writerCheckpoint the end of the shared log when the member was last seen
 * @param epoch            the election epoch the member last knew
 */
record MemberView(UUID instanceId, Instant timeStamp, NodeState state, boolean alive, String host, int tcpPort,
                  int httpPort, long writerCheckpoint, Epoch epoch) {

    /**
     * An election's result: every election that makes a master starts a new one.
     *
     * @param position where the shared log ended when the epoch began
     */
    record Epoch(int number, UUID id, long position) {
        static Epoch first() {
            return new Epoch(0, UUID.randomUUID(), 0);
        }

        Epoch next(long logEnd) {
            return new Epoch(number + 1, UUID.randomUUID(), logEnd);
        }
    }
}
