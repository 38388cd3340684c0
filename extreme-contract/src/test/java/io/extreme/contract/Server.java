package io.extreme.contract;

import io.extreme.ExtremeClient;
import io.extreme.ExtremeSettings;
import io.extreme.ProtocolVersion;
import io.extreme.ReadOptions;
import io.extreme.UserCredentials;
import io.extreme.event.StreamPosition;
import io.extreme.testkit.EmbeddedEventStore;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * The server a contract test runs against, and a client connected to it as the default user
 * (anonymous) — {@link #admin()} gives the same client with administrator credentials.
 *
 * @param name      what the target is: {@code tcp v3, protocol auto}, {@code in-memory}, {@code real}...
 * @param client    a client with no default credentials
 * @param settings  the settings that client was made with
 * @param adminCredentials the administrator's credentials on this server
 * @param store     the testkit behind the client, or {@code null} for a real server
 */
public record Server(String name, ExtremeClient client, ExtremeSettings settings, UserCredentials adminCredentials,
                     EmbeddedEventStore store) {
    /** The client acting as the administrator. */
    public ExtremeClient admin() {
        return client.withCredentials(adminCredentials);
    }

    /** A stream name no earlier run used, so the suite can run again against a server that keeps data. */
    public String stream(String purpose) {
        return purpose + "-" + UUID.randomUUID().toString().replace("-", "");
    }

    /**
     * The protocol version the client and server speak: 3 (EventStore 3.9.3 and older: no
     * current version on WrongExpectedVersion, no retry count on persistent pushes) or 4.
     */
    public int protocol() {
        if (client.protocol() == ProtocolVersion.AUTO) {
            // Not connected yet: any answer means the handshake is done.
            Await.result(client.readEvent(stream("protocol-probe"), StreamPosition.of(0), ReadOptions.DEFAULTS));
        }
        return client.protocol() == ProtocolVersion.V3 ? 3 : 4;
    }

    /** Whether the server is an EventStore 4.x or later (protocol v4). */
    public boolean isV4() {
        return protocol() >= 4;
    }

    /**
     * The testkit behind this target; skips the test (not fails it) against a real server, saying
     * {@code why} the test needs the testkit (what it sees there that a real server does not show).
     */
    public EmbeddedEventStore testkit(String why) {
        Assumptions.assumeTrue(store != null, () -> "skipped against a real server: " + why);
        return store;
    }

    @Override
    public String toString() {
        return name;
    }
}
