package io.extreme.protocol.core;

import com.google.protobuf.ByteString;
import com.google.protobuf.UnknownFieldSet;
import io.extreme.protocol.core.proto.ClientMessages;
import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * Random messages that carry events, and append replies, built with the generated builders, for {@link HandDecodersTest}:
 * every field present or absent (required ones too, as a lenient reader must cope), names
 * repeating within a page as a server's do, names that are not UTF-8, ids of 16 bytes and of
 * other lengths, event numbers on both sides of 32 bits, and fields of numbers the schema does
 * not know at every level, some of them carrying a value of a known enum's number.
 */
final class RandomPages {
    private static final String[] NAMES = {"", "orders-1", "orders-1", "späti-€-2", "$>", "\uD83D\uDE00", "x".repeat(200)};
    private static final long[] NUMBERS = {0, 1, -1, 127, 128, Integer.MAX_VALUE, Integer.MIN_VALUE, 1L << 40,
            Long.MAX_VALUE, Long.MIN_VALUE};

    private final Random random;

    RandomPages(Random random) {
        this.random = random;
    }

    ClientMessages.ReadStreamEventsCompleted streamPage() {
        ClientMessages.ReadStreamEventsCompleted.Builder b = ClientMessages.ReadStreamEventsCompleted.newBuilder();
        int count = random.nextInt(8) == 0 ? 0 : random.nextInt(12);
        for (int i = 0; i < count; i++) {
            b.addEvents(indexed());
        }
        if (sometimes()) {
            b.setResult(ClientMessages.ReadStreamEventsCompleted.ReadStreamResult.forNumber(random.nextInt(6)));
        }
        if (sometimes()) {
            b.setNextEventNumber(number());
        }
        if (sometimes()) {
            b.setLastEventNumber(number());
        }
        if (sometimes()) {
            b.setIsEndOfStream(random.nextBoolean());
        }
        if (sometimes()) {
            b.setLastCommitPosition(number());
        }
        if (random.nextInt(4) == 0) {
            b.setErrorBytes(name());
        }
        // An unknown value beside a known one is not what a server sends: protobuf keeps the known one.
        return b.setUnknownFields(unknown(b.hasResult() ? -1 : 2)).buildPartial();
    }

    ClientMessages.ReadAllEventsCompleted allPage() {
        ClientMessages.ReadAllEventsCompleted.Builder b = ClientMessages.ReadAllEventsCompleted.newBuilder();
        int count = random.nextInt(8) == 0 ? 0 : random.nextInt(12);
        for (int i = 0; i < count; i++) {
            b.addEvents(resolved());
        }
        if (sometimes()) {
            b.setCommitPosition(number());
        }
        if (sometimes()) {
            b.setPreparePosition(number());
        }
        if (sometimes()) {
            b.setNextCommitPosition(number());
        }
        if (sometimes()) {
            b.setNextPreparePosition(number());
        }
        if (random.nextBoolean()) {
            b.setResult(ClientMessages.ReadAllEventsCompleted.ReadAllResult.forNumber(random.nextInt(4)));
        }
        if (random.nextInt(4) == 0) {
            b.setErrorBytes(name());
        }
        return b.setUnknownFields(unknown(b.hasResult() ? -1 : 6)).buildPartial();
    }

    ClientMessages.StreamEventAppeared push() {
        ClientMessages.StreamEventAppeared.Builder b = ClientMessages.StreamEventAppeared.newBuilder();
        if (sometimes()) {
            b.setEvent(resolved());
        }
        return b.setUnknownFields(unknown(-1)).buildPartial();
    }

    ClientMessages.PersistentSubscriptionStreamEventAppeared persistentPush() {
        ClientMessages.PersistentSubscriptionStreamEventAppeared.Builder b =
                ClientMessages.PersistentSubscriptionStreamEventAppeared.newBuilder();
        if (sometimes()) {
            b.setEvent(indexed());
        }
        if (random.nextBoolean()) {
            b.setRetryCount(random.nextInt(4) == 0 ? random.nextInt() : random.nextInt(10));
        }
        return b.setUnknownFields(unknown(-1)).buildPartial();
    }

    ClientMessages.WriteEventsCompleted writeCompleted() {
        ClientMessages.WriteEventsCompleted.Builder b = ClientMessages.WriteEventsCompleted.newBuilder();
        if (sometimes()) {
            b.setResult(ClientMessages.OperationResult.forNumber(random.nextInt(8)));
        }
        if (random.nextInt(4) == 0) {
            b.setMessageBytes(name());
        }
        if (sometimes()) {
            b.setFirstEventNumber(number());
        }
        if (sometimes()) {
            b.setLastEventNumber(number());
        }
        if (random.nextBoolean()) {
            b.setPreparePosition(number());
        }
        if (random.nextBoolean()) {
            b.setCommitPosition(number());
        }
        if (random.nextBoolean()) {
            b.setCurrentVersion(number());
        }
        return b.setUnknownFields(unknown(b.hasResult() ? -1 : 1)).buildPartial();
    }

    private ClientMessages.ResolvedIndexedEvent indexed() {
        ClientMessages.ResolvedIndexedEvent.Builder b = ClientMessages.ResolvedIndexedEvent.newBuilder();
        if (sometimes()) {
            b.setEvent(record());
        }
        if (random.nextInt(3) == 0) {
            b.setLink(record());
        }
        return b.setUnknownFields(unknown(-1)).buildPartial();
    }

    private ClientMessages.ResolvedEvent resolved() {
        ClientMessages.ResolvedEvent.Builder b = ClientMessages.ResolvedEvent.newBuilder();
        if (sometimes()) {
            b.setEvent(record());
        }
        if (random.nextInt(3) == 0) {
            b.setLink(record());
        }
        if (sometimes()) {
            b.setCommitPosition(number());
        }
        if (sometimes()) {
            b.setPreparePosition(number());
        }
        return b.setUnknownFields(unknown(-1)).buildPartial();
    }

    private ClientMessages.EventRecord record() {
        ClientMessages.EventRecord.Builder b = ClientMessages.EventRecord.newBuilder();
        if (sometimes()) {
            b.setEventStreamIdBytes(name());
        }
        if (sometimes()) {
            b.setEventNumber(number());
        }
        // An id is nearly always there with 16 bytes; without it, or of another length, the generated parser's path refuses it.
        int idLength = random.nextInt(60) == 0 ? random.nextInt(20) : 16;
        if (random.nextInt(60) != 0) {
            b.setEventId(bytes(idLength));
        }
        if (sometimes()) {
            b.setEventTypeBytes(name());
        }
        if (sometimes()) {
            b.setDataContentType(random.nextInt(5) == 0 ? random.nextInt() : random.nextInt(2));
        }
        if (sometimes()) {
            b.setMetadataContentType(random.nextInt(5) == 0 ? random.nextInt() : random.nextInt(2));
        }
        if (sometimes()) {
            b.setData(bytes(random.nextInt(5) == 0 ? 0 : random.nextInt(300)));
        }
        if (random.nextBoolean()) {
            b.setMetadata(bytes(random.nextInt(3) == 0 ? 0 : random.nextInt(40)));
        }
        if (random.nextBoolean()) {
            b.setCreated(number());
        }
        if (random.nextBoolean()) {
            b.setCreatedEpoch(number());
        }
        return b.setUnknownFields(unknown(-1)).buildPartial();
    }

    private boolean sometimes() {
        return random.nextInt(10) != 0;
    }

    private long number() {
        return random.nextBoolean() ? NUMBERS[random.nextInt(NUMBERS.length)] : random.nextLong();
    }

    /** A name from the pool (so that a page repeats some), or bytes that may not be UTF-8. */
    private ByteString name() {
        if (random.nextInt(8) == 0) {
            return bytes(random.nextInt(6));
        }
        return ByteString.copyFrom(NAMES[random.nextInt(NAMES.length)], StandardCharsets.UTF_8);
    }

    private ByteString bytes(int length) {
        byte[] out = new byte[length];
        random.nextBytes(out);
        return ByteString.copyFrom(out);
    }

    /**
     * Now and then a field the schema does not know, of each wire type; and, where
     * {@code enumNumber} is a message's enum field, now and then a value of it the schema does
     * not know, which protobuf-java keeps with the unknown fields.
     */
    private UnknownFieldSet unknown(int enumNumber) {
        UnknownFieldSet.Builder b = UnknownFieldSet.newBuilder();
        if (random.nextInt(12) == 0) {
            UnknownFieldSet.Field.Builder f = UnknownFieldSet.Field.newBuilder();
            switch (random.nextInt(4)) {
                case 0 -> f.addVarint(random.nextLong());
                case 1 -> f.addFixed32(random.nextInt());
                case 2 -> f.addFixed64(random.nextLong());
                default -> f.addLengthDelimited(bytes(random.nextInt(10)));
            }
            b.addField(11 + random.nextInt(100), f.build());
        }
        if (enumNumber > 0 && random.nextInt(20) == 0) {
            b.addField(enumNumber, UnknownFieldSet.Field.newBuilder().addVarint(40 + random.nextInt(1000)).build());
        }
        return b.build();
    }
}
