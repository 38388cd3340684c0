package io.extreme.testkit.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.extreme.spi.Frame;
import io.extreme.spi.TcpCommand;
import io.extreme.testkit.EmbeddedEventStore;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The server's own heartbeats, with a short interval: it asks an idle client, and drops a silent one.
 * The timeout is generous so that a busy test machine answering late is not mistaken for silence.
 */
class ServerHeartbeatTest {
    private EmbeddedEventStore store;

    @BeforeEach
    void start() {
        store = EmbeddedEventStore.builder().heartbeat(Duration.ofMillis(200), Duration.ofMillis(1500)).start();
    }

    @AfterEach
    void stop() {
        store.close();
    }

    @Test
    void asksAnIdleClientAndKeepsItWhenItAnswers() throws Exception {
        try (WireClient client = new WireClient(store.endpoint())) {
            for (int i = 0; i < 3; i++) {
                Frame request = client.read();
                assertThat(request.command()).isEqualTo(TcpCommand.HEARTBEAT_REQUEST);
                client.send(Frame.of(TcpCommand.HEARTBEAT_RESPONSE, request.correlationId(), null));
            }
            // Still served after several rounds.
            UUID ping = UUID.randomUUID();
            client.send(Frames.ping(ping, "alive"));
            Frame reply = client.read();
            while (reply.command() == TcpCommand.HEARTBEAT_REQUEST) {
                reply = client.read();
            }
            assertThat(reply.correlationId()).isEqualTo(ping);
        }
    }

    @Test
    void closesAClientThatStaysSilent() throws Exception {
        try (WireClient client = new WireClient(store.endpoint())) {
            Frame request = client.read();
            assertThat(request.command()).isEqualTo(TcpCommand.HEARTBEAT_REQUEST);
            assertThat(request.correlationId()).isNotEqualTo(Frame.ZERO_ID);
            assertThat(client.closedByServer(Duration.ofSeconds(5))).isTrue();
        }
    }
}
