package io.extreme.benchmarks.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import io.extreme.UserCredentials;
import io.extreme.benchmarks.Workload;
import io.extreme.spi.Frame;
import io.extreme.spi.FrameDecoder;
import io.extreme.spi.FrameFormat;
import io.extreme.spi.TcpCommand;
import io.extreme.spi.message.EventRecord;
import io.extreme.spi.message.NewEvent;
import io.extreme.spi.message.ReadStreamEventsCompleted;
import io.extreme.spi.message.ReadStreamResult;
import io.extreme.spi.message.StreamEventAppeared;
import io.extreme.spi.message.WriteEvents;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each protocol benchmark, called as JMH calls it, under each codec: the bytes an append leaves
 * on the wire decode back to the append, and the replies decode to what the server put in them.
 * Each is called twice, as the connection's encoder and decoder are reused between invocations.
 * No timing here.
 */
class ProtocolBenchmarksTest {
    @ParameterizedTest
    @ValueSource(strings = {"v3", "v4"})
    void encodeWrite1LeavesOneAuthenticatedWriteOfOneEventOnTheWire(String protocol) throws Exception {
        ProtocolBenchmarks benchmarks = prepared(protocol);
        benchmarks.socket().keep();

        long first = benchmarks.encodeWrite1();
        long both = benchmarks.encodeWrite1();

        assertThat(both).isEqualTo(2 * first);
        List<Frame> frames = frames(benchmarks.socket().takeKept());
        assertThat(frames).hasSize(2);
        assertThat(frames.get(0).correlationId()).isNotEqualTo(frames.get(1).correlationId());
        WriteEvents write = checkedWrite(benchmarks, frames.get(0));
        assertThat(write.events()).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"v3", "v4"})
    void encodeWrite100LeavesOneWriteOfAHundredDistinctEventsOnTheWire(String protocol) throws Exception {
        ProtocolBenchmarks benchmarks = prepared(protocol);
        benchmarks.socket().keep();

        benchmarks.encodeWrite100();
        benchmarks.encodeWrite100();

        List<Frame> frames = frames(benchmarks.socket().takeKept());
        assertThat(frames).hasSize(2);
        for (Frame frame : frames) {
            WriteEvents write = checkedWrite(benchmarks, frame);
            assertThat(write.events()).hasSize(ProtocolBenchmarks.BATCH);
            assertThat(write.events().stream().map(NewEvent::eventId).distinct()).hasSize(ProtocolBenchmarks.BATCH);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"v3", "v4"})
    void decodePage500GivesTheServersPageOfFiveHundredEventsInOrder(String protocol) {
        ProtocolBenchmarks benchmarks = prepared(protocol);

        benchmarks.decodePage500();
        ReadStreamEventsCompleted page = benchmarks.decodePage500();

        assertThat(page.result()).isEqualTo(ReadStreamResult.SUCCESS);
        assertThat(page.events()).hasSize(ProtocolBenchmarks.PAGE);
        assertThat(page.nextEventNumber()).isEqualTo(ProtocolBenchmarks.PAGE);
        assertThat(page.endOfStream()).isFalse();
        for (int i = 0; i < ProtocolBenchmarks.PAGE; i++) {
            EventRecord event = page.events().get(i).event();
            assertThat(event.eventNumber()).isEqualTo(i);
            assertThat(event.streamId()).isEqualTo(benchmarks.stream());
            assertThat(event.data()).isEqualTo(Workload.payload());
            assertThat(event.createdEpoch()).isNotNull();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"v3", "v4"})
    void decodePushGivesThePushedEventWithItsPosition(String protocol) {
        ProtocolBenchmarks benchmarks = prepared(protocol);

        benchmarks.decodePush();
        StreamEventAppeared push = benchmarks.decodePush();

        EventRecord event = push.event().event();
        assertThat(event.eventNumber()).isEqualTo(ProtocolBenchmarks.PUSHED_EVENT_NUMBER);
        assertThat(event.eventType()).isEqualTo(Workload.EVENT_TYPE);
        assertThat(event.data()).isEqualTo(Workload.payload());
        assertThat(push.event().commitPosition()).isPositive();
    }

    private static ProtocolBenchmarks prepared(String protocol) {
        ProtocolBenchmarks benchmarks = new ProtocolBenchmarks();
        benchmarks.protocol = protocol;
        benchmarks.prepare();
        assertThat(benchmarks.codec().version()).isEqualTo(protocol.equals("v3") ? 3 : 4);
        return benchmarks;
    }

    /** The write in {@code frame}, checked for what the client always sends. */
    private static WriteEvents checkedWrite(ProtocolBenchmarks benchmarks, Frame frame) {
        assertThat(frame.command()).isEqualTo(TcpCommand.WRITE_EVENTS);
        assertThat(frame.flags()).isEqualTo(Frame.FLAG_AUTHENTICATED);
        assertThat(frame.credentials()).isEqualTo(UserCredentials.of("admin", "changeit"));
        WriteEvents write = (WriteEvents) benchmarks.codec().decode(frame);
        assertThat(write.streamId()).isEqualTo(benchmarks.stream());
        assertThat(write.expectedVersion()).isEqualTo(-2);
        assertThat(write.requireMaster()).isTrue();
        assertThat(write.events()).allSatisfy(event -> {
            assertThat(event.dataBytes()).isEqualTo(Workload.payload());
            assertThat(event.metadata()).isNull();
            assertThat(event.eventType()).isEqualTo(Workload.EVENT_TYPE);
            assertThat(event.dataContentType()).isZero();
        });
        return write;
    }

    /** The frames in {@code wire}, cut as the other side of the connection would cut them. */
    private static List<Frame> frames(byte[] wire) {
        FrameDecoder decoder = new FrameDecoder(ByteBuffer.allocate(wire.length + FrameFormat.LENGTH_PREFIX),
                FrameFormat.HEADER, FrameFormat.DEFAULT_MAX_FRAME_LENGTH);
        decoder.buffer().put(wire);
        List<Frame> frames = new ArrayList<>();
        assertThat(decoder.drain(frames::add)).isTrue();
        return frames;
    }
}
