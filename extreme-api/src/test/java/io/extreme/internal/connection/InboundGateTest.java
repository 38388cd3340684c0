package io.extreme.internal.connection;

import static org.assertj.core.api.Assertions.assertThat;

import io.extreme.internal.fakes.FakeTransport;
import io.extreme.spi.Frame;
import io.extreme.spi.FrameFormat;
import io.extreme.spi.TcpCommand;
import io.extreme.spi.TransportConnection;
import io.extreme.spi.TransportListener;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The inbound gate suspends reading above its high water and resumes below its low water, once per turn. */
class InboundGateTest {
    private static final int PAYLOAD = 1000;
    /** One frame's weight as the gate counts it. */
    private static final int WEIGHT = FrameFormat.HEADER + PAYLOAD;

    private final FakeTransport transport = new FakeTransport();

    private FakeTransport.Connection connection() throws InterruptedException {
        transport.connect(null, new TransportListener() {
            @Override
            public void onFrame(TransportConnection connection, Frame frame) {
            }

            @Override
            public void onClosed(TransportConnection connection, Throwable cause) {
            }
        });
        return transport.nextConnection();
    }

    private static Frame frame() {
        return Frame.of(TcpCommand.STREAM_EVENT_APPEARED, UUID.randomUUID(), new byte[PAYLOAD]);
    }

    @Test
    void bytesAboveTheHighWaterSuspendAndBelowTheLowWaterResume() throws Exception {
        FakeTransport.Connection connection = connection();
        InboundGate gate = new InboundGate("gate-test", 10L * WEIGHT, 1_000);
        List<Frame> queued = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            queued.add(frame());
            gate.arrived(connection, queued.get(i));
        }
        assertThat(connection.suspended).as("at the high water, not above it").isFalse();
        queued.add(frame());
        gate.arrived(connection, queued.get(10));
        assertThat(connection.suspended).as("above the high water").isTrue();
        assertThat(gate.isPaused()).isTrue();
        gate.arrived(connection, frame()); // more decoded frames may still come: one pause is enough
        assertThat(connection.suspensions).hasValue(1);

        for (int i = 0; i < 6; i++) {
            gate.handled(queued.get(i));
        }
        assertThat(connection.suspended).as("6 of 12 frames left: above the low water of 5").isTrue();
        gate.handled(queued.get(6));
        assertThat(connection.suspended).as("5 frames left: at the low water").isFalse();
        assertThat(connection.resumptions).hasValue(1);
        assertThat(gate.pauses()).isEqualTo(1);
        assertThat(gate.resumes()).isEqualTo(1);
        assertThat(gate.peakBytes()).isEqualTo(12L * WEIGHT);
        assertThat(gate.queuedBytes()).isEqualTo(5L * WEIGHT);
    }

    @Test
    void manySmallFramesSuspendAsWellAsFewLargeOnes() throws Exception {
        FakeTransport.Connection connection = connection();
        InboundGate gate = new InboundGate("gate-test", Long.MAX_VALUE / 2, 4);
        Frame small = Frame.of(TcpCommand.HEARTBEAT_RESPONSE, UUID.randomUUID(), null);
        for (int i = 0; i < 5; i++) {
            gate.arrived(connection, small);
        }
        assertThat(connection.suspended).as("5 frames above a high water of 4").isTrue();
        for (int i = 0; i < 3; i++) {
            gate.handled(small);
        }
        assertThat(connection.suspended).as("2 frames: at the low water").isFalse();
    }

    @Test
    void aResumeGoesToTheConnectionThatWasSuspendedAndTheGateCanPauseAgain() throws Exception {
        FakeTransport.Connection first = connection();
        FakeTransport.Connection second = connection();
        InboundGate gate = new InboundGate("gate-test", 3L * WEIGHT, 1_000);
        Frame frame = frame();
        for (int i = 0; i < 4; i++) {
            gate.arrived(first, frame);
        }
        assertThat(first.suspended).isTrue();
        gate.arrived(second, frame); // a new connection while the old one's frames wait
        for (int i = 0; i < 5; i++) {
            gate.handled(frame);
        }
        assertThat(second.suspensions).as("handed over: past the high water, and the old one gone").hasValue(1);
        assertThat(first.resumptions).as("the old one gets its demand back as the new one is held").hasValue(1);
        assertThat(second.resumptions).hasValue(1);
        assertThat(gate.isPaused()).isFalse();
        for (int i = 0; i < 4; i++) {
            gate.arrived(second, frame);
        }
        assertThat(second.suspended).isTrue();
        assertThat(gate.pauses()).isEqualTo(3);
    }

    /**
     * The connection is lost while the gate holds its reading back, and a new one delivers fast
     * while the engine still works through the old one's frames: the new one is held back as soon
     * as the count is past the mark, not only once the old frames have drained below the low water.
     */
    @Test
    void aNewConnectionIsHeldBackWhileTheLostOnesFramesStillWait() throws Exception {
        FakeTransport.Connection lost = connection();
        FakeTransport.Connection next = connection();
        InboundGate gate = new InboundGate("gate-test", 10L * WEIGHT, 1_000);
        Frame frame = frame();
        for (int i = 0; i < 11; i++) {
            gate.arrived(lost, frame);
        }
        assertThat(lost.suspended).isTrue();
        lost.close();
        boolean paused = false;
        for (int i = 0; i < 100 && !paused; i++) {
            paused = gate.arrived(next, frame);
        }
        assertThat(paused).as("the new connection was held back").isTrue();
        assertThat(next.suspended).isTrue();
        assertThat(gate.isPausing(next)).as("the heartbeat of the new connection sees it held").isTrue();
        assertThat(gate.isPausing(lost)).isFalse();
        assertThat(gate.queuedBytes()).as("no more than the mark and the frame that passed it").isEqualTo(12L * WEIGHT);
        for (int i = 0; i < 7; i++) {
            gate.handled(frame);
        }
        assertThat(next.suspended).as("below the low water: the new connection reads again").isFalse();
    }
}
