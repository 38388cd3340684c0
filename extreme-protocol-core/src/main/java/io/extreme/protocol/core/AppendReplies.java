package io.extreme.protocol.core;

import io.extreme.protocol.core.WireCursor.Irregular;
import io.extreme.protocol.core.proto.ClientMessages;
import io.extreme.spi.message.OperationResult;
import io.extreme.spi.message.WriteEventsCompleted;

/**
 * Decodes {@code WriteEventsCompleted}, the reply to every append, straight from the payload as
 * {@link EventPages} decodes pages: with pipelined appends its generated parser (a coded stream, a
 * builder and a message per reply) was a tenth of the client's allocation. Null for a payload not
 * in the server's shape, by the same rules as {@link EventPages}; the caller then decodes it with
 * {@link WritesDecoder#parseWriteEventsCompleted}. {@code HandDecodersTest} holds both to the same results.
 */
final class AppendReplies {
    private static final int RESULTS = ClientMessages.OperationResult.values().length;

    private final Dialect dialect;

    AppendReplies(Dialect dialect) {
        this.dialect = dialect;
    }

    WriteEventsCompleted writeEventsCompleted(byte[] payload) {
        try {
            WireCursor in = new WireCursor(payload);
            int result = 0;
            String message = null;
            long first = 0;
            long last = 0;
            Long prepare = null;
            Long commit = null;
            Long currentVersion = null;
            for (int tag = in.tag(); tag != 0; tag = in.tag()) {
                switch (tag) {
                    case 1 << 3 -> result = (int) in.varint();
                    case 2 << 3 | WireCursor.LENGTH_DELIMITED -> message = in.string();
                    case 3 << 3 -> first = in.varint();
                    case 4 << 3 -> last = in.varint();
                    case 5 << 3 -> prepare = in.varint();
                    case 6 << 3 -> commit = in.varint();
                    case 7 << 3 -> currentVersion = in.varint();
                    default -> in.skipUnknown(tag, 7);
                }
                if (result < 0 || result >= RESULTS) {
                    throw Irregular.INSTANCE; // a value the schema does not know: the generated parser's to judge
                }
            }
            // v3's schema has no current_version: its field 7 is unknown there, and read as absent.
            return new WriteEventsCompleted(OperationResult.fromCode(result), message, dialect.fromWire(first),
                    dialect.fromWire(last), prepare, commit, dialect.has(Feature.CURRENT_VERSION) ? currentVersion : null);
        } catch (Irregular irregular) {
            return null;
        }
    }
}
