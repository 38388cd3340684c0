package io.extreme.testkit.fault;

import static io.extreme.testkit.fault.Wire.await;
import static io.extreme.testkit.fault.Wire.connect;
import static io.extreme.testkit.fault.Wire.frame;
import static io.extreme.testkit.fault.Wire.read;
import static io.extreme.testkit.fault.Wire.readToEnd;
import static org.assertj.core.api.Assertions.assertThat;

import io.extreme.spi.TcpCommand;
import io.extreme.testkit.EmbeddedEventStore;
import java.io.IOException;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The proxy in front of the testkit's own TCP server, spoken to with hand-made frames. */
class FaultProxyEventStoreTest {
    private EmbeddedEventStore store;
    private FaultProxy proxy;

    @BeforeEach
    void start() {
        store = EmbeddedEventStore.start();
        proxy = FaultProxy.start(store.endpoint());
    }

    @AfterEach
    void stop() {
        proxy.close();
        store.close();
    }

    @Test
    void aHeartbeatRequestIsAnsweredThroughTheProxy() throws Exception {
        byte[] correlationId = new byte[16];
        new Random(7).nextBytes(correlationId);
        try (Socket client = connect(proxy.endpoint())) {
            client.getOutputStream().write(heartbeatRequest(correlationId));

            byte[] reply = nextFrameOtherThanHeartbeatRequest(client);

            assertThat(reply[0]).isEqualTo((byte) TcpCommand.HEARTBEAT_RESPONSE);
            assertThat(reply[1]).as("flags").isZero();
            assertThat(Arrays.copyOfRange(reply, 2, 18)).as("correlation id").isEqualTo(correlationId);
        }
    }

    @Test
    void cutAllResetsTheClientAndTheStoreSeesTheConnectionGo() throws Exception {
        try (Socket client = connect(proxy.endpoint())) {
            client.getOutputStream().write(heartbeatRequest(new byte[16]));
            nextFrameOtherThanHeartbeatRequest(client);
            assertThat(store.openConnections()).isEqualTo(1);

            proxy.cutAll();

            assertThat(readToEnd(client)).isEmpty();
            await("the store to drop the connection", () -> store.openConnections() == 0);
        }
    }

    private static byte[] heartbeatRequest(byte[] correlationId) {
        byte[] body = new byte[18];
        body[0] = (byte) TcpCommand.HEARTBEAT_REQUEST;
        System.arraycopy(correlationId, 0, body, 2, 16);
        return frame(body);
    }

    /** The body of the next frame, skipping the store's own heartbeat requests. */
    private static byte[] nextFrameOtherThanHeartbeatRequest(Socket client) throws IOException {
        while (true) {
            int length = ByteBuffer.wrap(read(client, 4)).order(ByteOrder.LITTLE_ENDIAN).getInt();
            byte[] body = read(client, length);
            if (body[0] != TcpCommand.HEARTBEAT_REQUEST) {
                return body;
            }
        }
    }
}
