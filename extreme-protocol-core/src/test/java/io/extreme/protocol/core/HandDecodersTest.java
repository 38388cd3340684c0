package io.extreme.protocol.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.InvalidProtocolBufferException;
import io.extreme.spi.message.EventRecord;
import io.extreme.spi.message.PersistentSubscriptionStreamEventAppeared;
import io.extreme.spi.message.ReadAllEventsCompleted;
import io.extreme.spi.message.ReadDirection;
import io.extreme.spi.message.ReadStreamEventsCompleted;
import io.extreme.spi.message.ResolvedIndexedEvent;
import io.extreme.spi.message.StreamEventAppeared;
import io.extreme.spi.message.WireResolvedEvent;
import io.extreme.spi.message.WriteEventsCompleted;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hand-written decoders ({@link EventPages}, {@link AppendReplies}) give what the generated
 * parser gives, or leave the payload to it, over random pages, pushes and append replies of every
 * shape the schema allows
 * (every field present or absent, names that are not UTF-8, ids of the wrong length, fields the
 * schema does not know at every level) and over each of them mutated five ways (a byte changed,
 * cut short, bytes inserted, a range removed, the payload twice over, which protobuf reads as a
 * merge). Of a payload the generated builder wrote, it must decode every one the generated parser
 * decodes: falling back is for what servers do not send.
 */
class HandDecodersTest {
    private static final int MESSAGES = 3_000;

    /** One message kind: the fast decoder, the generated parser's decoder, and random payloads. */
    record Kind(String name, Function<byte[], Object> fast, Slow slow, Function<RandomPages, byte[]> payload) {
    }

    @FunctionalInterface
    interface Slow {
        Object decode(byte[] payload) throws InvalidProtocolBufferException;
    }

    /** The kinds of {@code dialect}; HandDecodersFuzzTest holds the two decoders to the same rule. */
    static List<Kind> kinds(Dialect dialect) {
        EventShapes shapes = new EventShapes(dialect);
        EventPages pages = new EventPages(dialect);
        ReadsDecoder reads = new ReadsDecoder(dialect, shapes, pages);
        SubscriptionsDecoder subscriptions = new SubscriptionsDecoder(dialect, shapes, pages);
        PersistentDecoder persistent = new PersistentDecoder(dialect, shapes, pages);
        AppendReplies replies = new AppendReplies(dialect);
        WritesDecoder writes = new WritesDecoder(dialect, shapes);
        return List.of(
                new Kind("ReadStreamEventsCompleted",
                        p -> pages.readStreamEventsCompleted(ReadDirection.BACKWARD, p),
                        p -> reads.parseReadStreamEventsCompleted(ReadDirection.BACKWARD, p),
                        r -> r.streamPage().toByteArray()),
                new Kind("ReadAllEventsCompleted",
                        p -> pages.readAllEventsCompleted(ReadDirection.FORWARD, p),
                        p -> reads.parseReadAllEventsCompleted(ReadDirection.FORWARD, p),
                        r -> r.allPage().toByteArray()),
                new Kind("StreamEventAppeared", pages::streamEventAppeared, subscriptions::parseStreamEventAppeared,
                        r -> r.push().toByteArray()),
                new Kind("PersistentSubscriptionStreamEventAppeared", pages::persistentEventAppeared,
                        persistent::parseEventAppeared, r -> r.persistentPush().toByteArray()),
                new Kind("WriteEventsCompleted", replies::writeEventsCompleted, writes::parseWriteEventsCompleted,
                        r -> r.writeCompleted().toByteArray()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.extreme.protocol.core.Dialects#both")
    void decodesWhatTheGeneratedParserDecodesAndLeavesTheRestToIt(Dialect dialect) {
        Random random = new Random(20261208L + dialect.version());
        RandomPages pages = new RandomPages(random);
        for (Kind kind : kinds(dialect)) {
            int decodedFast = 0;
            int mutatedFast = 0;
            for (int i = 0; i < MESSAGES; i++) {
                byte[] payload = kind.payload().apply(pages);
                Object slow = slow(kind, payload);
                Object fast = kind.fast().apply(payload);
                int index = i;
                Supplier<String> context = () -> kind.name() + " #" + index + " " + Arrays.toString(payload);
                // A builder's payload that the generated parser decodes is one the fast path must decode too.
                assertThat(fast == null).as(() -> "fell back on a well-formed " + context.get()).isEqualTo(slow instanceof Failed);
                if (fast != null) {
                    decodedFast++;
                    assertThat(canonical(fast)).as(context).isEqualTo(canonical(slow));
                }
                for (int m = 0; m < 5; m++) {
                    byte[] mutated = mutate(random, payload, m);
                    int how = m;
                    Supplier<String> mutation = () -> context.get() + " mutation " + how + " " + Arrays.toString(mutated);
                    Object mutatedFastResult = kind.fast().apply(mutated);
                    if (mutatedFastResult != null) {
                        mutatedFast++;
                        Object mutatedSlow = slow(kind, mutated);
                        assertThat(mutatedSlow).as(() -> "generated parser refused what the fast path read: " + mutation.get())
                                .isNotInstanceOf(Failed.class);
                        assertThat(canonical(mutatedFastResult)).as(mutation).isEqualTo(canonical(mutatedSlow));
                    }
                }
            }
            // The test must exercise the fast path, not only the fallback: most random payloads are well formed.
            assertThat(decodedFast).as(kind.name() + " decoded by the fast path").isGreaterThan(MESSAGES / 2);
            assertThat(mutatedFast).as(kind.name() + " mutated payloads the fast path still read").isGreaterThan(MESSAGES / 2);
        }
    }

    /** The generated parser's result, or {@link Failed} when it refuses the payload. */
    static Object slow(Kind kind, byte[] payload) {
        try {
            return kind.slow().decode(payload);
        } catch (InvalidProtocolBufferException refused) {
            return new Failed(refused.getMessage());
        }
    }

    record Failed(String why) {
    }

    /**
     * A decoded message as nested lists that compare by value, byte arrays by content: the port's
     * records compare arrays by identity, and a field-by-field comparison by reflection made this
     * test ten times slower.
     */
    static Object canonical(Object decoded) {
        if (decoded instanceof EventRecord r) {
            return Arrays.asList(r.streamId(), r.eventNumber(), r.eventId(), r.eventType(), r.dataContentType(),
                    r.metadataContentType(), HexFormat.of().formatHex(r.data()),
                    r.metadata() == null ? null : HexFormat.of().formatHex(r.metadata()), r.created(), r.createdEpoch());
        }
        if (decoded instanceof ResolvedIndexedEvent e) {
            return Arrays.asList(canonical(e.event()), canonical(e.link()));
        }
        if (decoded instanceof WireResolvedEvent e) {
            return Arrays.asList(canonical(e.event()), canonical(e.link()), e.commitPosition(), e.preparePosition());
        }
        if (decoded instanceof ReadStreamEventsCompleted m) {
            return Arrays.asList(m.direction(), m.events().stream().map(HandDecodersTest::canonical).toList(), m.result(),
                    m.nextEventNumber(), m.lastEventNumber(), m.endOfStream(), m.lastCommitPosition(), m.error());
        }
        if (decoded instanceof ReadAllEventsCompleted m) {
            return Arrays.asList(m.direction(), m.commitPosition(), m.preparePosition(),
                    m.events().stream().map(HandDecodersTest::canonical).toList(), m.nextCommitPosition(),
                    m.nextPreparePosition(), m.result(), m.error());
        }
        if (decoded instanceof StreamEventAppeared m) {
            return Arrays.asList(canonical(m.event()));
        }
        if (decoded instanceof WriteEventsCompleted m) {
            return m; // no arrays: the record's own equality
        }
        if (decoded instanceof PersistentSubscriptionStreamEventAppeared m) {
            return Arrays.asList(canonical(m.event()), m.retryCount());
        }
        return decoded; // null, or a Failed
    }

    private static byte[] mutate(Random random, byte[] payload, int how) {
        if (payload.length == 0) {
            return new byte[] {(byte) random.nextInt()};
        }
        int at = random.nextInt(payload.length);
        return switch (how) {
            case 0 -> {
                byte[] out = payload.clone();
                out[at] = (byte) random.nextInt();
                yield out;
            }
            case 1 -> Arrays.copyOf(payload, at);
            case 2 -> {
                byte[] inserted = new byte[1 + random.nextInt(3)];
                random.nextBytes(inserted);
                byte[] out = new byte[payload.length + inserted.length];
                System.arraycopy(payload, 0, out, 0, at);
                System.arraycopy(inserted, 0, out, at, inserted.length);
                System.arraycopy(payload, at, out, at + inserted.length, payload.length - at);
                yield out;
            }
            case 3 -> {
                int to = Math.min(payload.length, at + 1 + random.nextInt(8));
                byte[] out = new byte[payload.length - (to - at)];
                System.arraycopy(payload, 0, out, 0, at);
                System.arraycopy(payload, to, out, at, payload.length - to);
                yield out;
            }
            default -> {
                byte[] out = Arrays.copyOf(payload, payload.length * 2);
                System.arraycopy(payload, 0, out, payload.length, payload.length);
                yield out;
            }
        };
    }
}
