package io.extreme.protocol.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.extreme.spi.Frame;
import io.extreme.spi.ProtocolCodec;
import io.extreme.spi.message.EventRecord;
import io.extreme.spi.message.ReadAllEventsCompleted;
import io.extreme.spi.message.ReadAllResult;
import io.extreme.spi.message.ReadDirection;
import io.extreme.spi.message.ReadStreamEventsCompleted;
import io.extreme.spi.message.ReadStreamResult;
import io.extreme.spi.message.ResolvedIndexedEvent;
import io.extreme.spi.message.WireResolvedEvent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A page is decoded with its payload aliased and its repeated names decoded once: every event
 * still gets the names it carries, however they alternate, and owns its bytes, whatever later
 * happens to the payload array.
 */
class PageDecodingTest {
    private static final UUID ID = UUID.fromString("11111111-2222-3333-4444-555555555555");
    private static final String[] STREAMS = {"orders-1", "orders-1", "späti-2", "orders-1", "", "späti-2", "späti-2"};
    private static final String[] TYPES = {"Placed", "Placed", "Paid", "Paid", "Placed", "Ünknown", "Ünknown"};

    private static EventRecord record(String stream, long number, String type) {
        byte[] data = (stream + "/" + number + "/" + type).getBytes(StandardCharsets.UTF_8);
        return new EventRecord(stream, number, UUID.nameUUIDFromBytes(data), type, 0, 0, data,
                number % 2 == 0 ? new byte[] {(byte) number} : null, null, 1_700_000_000_000L + number);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.extreme.protocol.core.Dialects#both")
    void everyEventOfAStreamPageGetsItsOwnNamesAndBytes(Dialect dialect) {
        ProtocolCodec codec = Dialects.codec(dialect);
        List<ResolvedIndexedEvent> events = new ArrayList<>();
        for (int i = 0; i < STREAMS.length; i++) {
            EventRecord link = i % 3 == 0 ? record("$ce-orders", 100 + i, "$>") : null;
            events.add(new ResolvedIndexedEvent(record(STREAMS[i], i, TYPES[i]), link));
        }
        ReadStreamEventsCompleted page = new ReadStreamEventsCompleted(ReadDirection.FORWARD, events,
                ReadStreamResult.SUCCESS, 7, 6, true, 42, null);
        Frame frame = codec.encode(ID, null, page);

        ReadStreamEventsCompleted decoded = (ReadStreamEventsCompleted) codec.decode(frame);
        Arrays.fill(frame.payload(), (byte) 0); // what the event keeps must not be the payload's bytes

        assertThat(decoded).usingRecursiveComparison().isEqualTo(page);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.extreme.protocol.core.Dialects#both")
    void everyEventOfAnAllPageGetsItsOwnNamesAndBytes(Dialect dialect) {
        ProtocolCodec codec = Dialects.codec(dialect);
        List<WireResolvedEvent> events = new ArrayList<>();
        for (int i = 0; i < STREAMS.length; i++) {
            EventRecord link = i % 2 == 1 ? record("$et-" + TYPES[i], 200 + i, "$>") : null;
            events.add(new WireResolvedEvent(record(STREAMS[i], i, TYPES[i]), link, 1000 + i, 900 + i));
        }
        ReadAllEventsCompleted page = new ReadAllEventsCompleted(ReadDirection.FORWARD, 1000, 900, events, 1007, 907,
                ReadAllResult.SUCCESS, null);
        Frame frame = codec.encode(ID, null, page);

        ReadAllEventsCompleted decoded = (ReadAllEventsCompleted) codec.decode(frame);
        Arrays.fill(frame.payload(), (byte) 0);

        assertThat(decoded).usingRecursiveComparison().isEqualTo(page);
    }
}
