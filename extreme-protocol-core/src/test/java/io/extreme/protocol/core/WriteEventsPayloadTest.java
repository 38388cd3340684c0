package io.extreme.protocol.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.extreme.protocol.core.proto.ClientMessages;
import io.extreme.protocol.core.samples.Hex;
import io.extreme.spi.message.NewEvent;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The hand-written WriteEvents payload is, byte for byte, what the generated builder writes for
 * the same message, over names of every kind of UTF-16 (unpaired surrogates included), lengths
 * on both sides of every varint width, absent, empty and present metadata, and views of every
 * kind; and writing it leaves the events' views where they were, since a retry writes them again.
 */
class WriteEventsPayloadTest {
    private static final String[] NAMES = {"", "orders-1", "späti-€-2", "\uD83D\uDE00-emoji", "bad-\uD800-surrogate",
            "x".repeat(127), "y".repeat(128), "z".repeat(20_000)};
    private static final int[] LENGTHS = {0, 1, 127, 128, 300, 16_383, 16_384, 70_000};
    private static final long[] VERSIONS = {-4, -2, -1, 0, 1, 127, 128, Integer.MAX_VALUE, 1L << 40, Long.MAX_VALUE};

    private final Random random = new Random(20261208);

    @Test
    void writesWhatTheGeneratedBuilderWritesForEveryShapeOfAppend() {
        EventShapes shapes = new EventShapes(Dialect.V4);
        for (int round = 0; round < 400; round++) {
            String stream = NAMES[random.nextInt(NAMES.length)];
            long expected = VERSIONS[random.nextInt(VERSIONS.length)];
            boolean requireMaster = random.nextBoolean();
            List<NewEvent> events = new ArrayList<>();
            int count = random.nextInt(5) == 0 ? 0 : 1 + random.nextInt(round % 50 == 0 ? 200 : 4);
            for (int i = 0; i < count; i++) {
                events.add(event());
            }
            List<Integer> positions = events.stream().map(e -> e.data().position()).toList();

            ClientMessages.WriteEvents.Builder expectedMessage = ClientMessages.WriteEvents.newBuilder()
                    .setEventStreamId(stream).setExpectedVersion(expected).setRequireMaster(requireMaster);
            events.forEach(e -> expectedMessage.addEvents(shapes.toProto(e)));
            byte[] written = WriteEventsPayload.encode(stream, expected, events, requireMaster);

            assertThat(Hex.of(written)).as("round %d", round).isEqualTo(Hex.of(expectedMessage.build().toByteArray()));
            assertThat(events.stream().map(e -> e.data().position()).toList()).isEqualTo(positions);
        }
    }

    private NewEvent event() {
        String type = NAMES[random.nextInt(NAMES.length - 1)];
        int dataType = random.nextInt(3) == 0 ? -1 : random.nextInt(2);
        ByteBuffer data = view(LENGTHS[random.nextInt(LENGTHS.length)]);
        ByteBuffer metadata = switch (random.nextInt(3)) {
            case 0 -> null;
            case 1 -> view(0);
            default -> view(LENGTHS[random.nextInt(LENGTHS.length - 1)]);
        };
        return new NewEvent(new UUID(random.nextLong(), random.nextLong()), type, dataType, random.nextInt(2), data, metadata);
    }

    /** Bytes of {@code length} as a heap, read-only, direct or offset view, drawn at random. */
    private ByteBuffer view(int length) {
        byte[] bytes = new byte[length + 7];
        random.nextBytes(bytes);
        return switch (random.nextInt(4)) {
            case 0 -> ByteBuffer.wrap(bytes, 0, length).slice();
            case 1 -> ByteBuffer.wrap(bytes, 3, length).slice().asReadOnlyBuffer();
            case 2 -> ByteBuffer.allocateDirect(length).put(bytes, 0, length).flip();
            default -> ByteBuffer.wrap(bytes).position(5).limit(5 + length);
        };
    }
}
