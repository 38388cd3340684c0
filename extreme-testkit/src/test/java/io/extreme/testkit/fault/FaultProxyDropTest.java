package io.extreme.testkit.fault;

import static io.extreme.testkit.fault.Wire.TIMEOUT;
import static io.extreme.testkit.fault.Wire.concat;
import static io.extreme.testkit.fault.Wire.connect;
import static io.extreme.testkit.fault.Wire.frame;
import static io.extreme.testkit.fault.Wire.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.extreme.Endpoint;
import java.io.OutputStream;
import java.net.Socket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@link FaultProxy#dropToClient}: the server's frames of a command held back, whole, however they
 * are split across reads, every other frame passing in order; and let through again when switched off.
 */
class FaultProxyDropTest {
    private static final int PUSH = 0xC2;
    private static final int HEARTBEAT = 0x01;

    private LoopbackServer server;
    private FaultProxy proxy;

    @AfterEach
    void stop() throws Exception {
        if (proxy != null) {
            proxy.close();
        }
        if (server != null) {
            server.close();
        }
    }

    /** A frame of {@code command} with a body of {@code length} bytes counting up from {@code seed}. */
    private static byte[] frameOf(int command, int length, int seed) {
        byte[] frame = frame(length, seed);
        frame[4] = (byte) command;
        return frame;
    }

    @Test
    void heldBackFramesNeverReachTheClientAndTheOthersPassInOrder() throws Exception {
        server = LoopbackServer.manual();
        proxy = FaultProxy.start(server.endpoint());
        try (Socket client = connect(proxy.endpoint());
             Socket serverSide = server.nextConnection(TIMEOUT)) {
            OutputStream toClient = serverSide.getOutputStream();
            proxy.dropToClient(PUSH, true);
            byte[] heartbeat = frameOf(HEARTBEAT, 18, 1);
            byte[] push = frameOf(PUSH, 70_000, 2); // larger than a pump's read: gathered across reads
            byte[] reply = frameOf(0x83, 40, 3);
            byte[] all = concat(heartbeat, push, frameOf(PUSH, 18, 4), reply);
            for (int offset = 0; offset < all.length; offset += 7_001) { // split anywhere, prefixes too
                toClient.write(all, offset, Math.min(7_001, all.length - offset));
                toClient.flush();
            }
            assertThat(read(client, heartbeat.length + reply.length)).isEqualTo(concat(heartbeat, reply));

            proxy.dropToClient(PUSH, false);
            byte[] again = frameOf(PUSH, 30, 5);
            toClient.write(again);
            assertThat(read(client, again.length)).as("let through once switched off").isEqualTo(again);
        }
    }

    @Test
    void onlyACommandByteCanBeHeldBack() {
        proxy = FaultProxy.start(new Endpoint("127.0.0.1", 1));
        assertThatThrownBy(() -> proxy.dropToClient(256, true)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("command must be a command byte, 0 to 255, got 256");
        assertThatThrownBy(() -> proxy.dropToClient(-1, true)).isInstanceOf(IllegalArgumentException.class);
    }
}
