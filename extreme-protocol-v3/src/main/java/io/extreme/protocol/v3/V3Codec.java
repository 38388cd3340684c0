package io.extreme.protocol.v3;

import io.extreme.protocol.core.Dialect;
import io.extreme.protocol.core.DialectCodec;
import io.extreme.spi.MalformedFrameException;
import io.extreme.spi.ProtocolCodec;
import io.extreme.spi.message.RawMessage;

/**
 * The {@link ProtocolCodec} of protocol v3 (EventStore 3.0 to 3.9.3): every neutral message to
 * its frame and back, requests and replies alike, so that the client and the testkit's server
 * share it. Frames, commands and field presence are as under v4 (see the v4 codec); what
 * differs is the schema (PROTOCOL.md §3.11):
 *
 * <ul>
 *   <li>event numbers, expected versions and {@code start_from} are 32-bit on the wire. A
 *       neutral value beyond 32 bits is refused with an {@link IllegalArgumentException} naming
 *       the field; the deleted-stream number {@code Long.MAX_VALUE} travels as v3's
 *       {@code Integer.MAX_VALUE} and comes back as {@code Long.MAX_VALUE} (PROTOCOL.md §4.6);</li>
 *   <li>fields v3 lacks decode to {@code null} and are left out when encoding:
 *       {@code WriteEventsCompleted.currentVersion} and
 *       {@code PersistentSubscriptionStreamEventAppeared.retryCount};</li>
 *   <li>IdentifyClient and ClientIdentified do not exist: encoding them is refused, and frames
 *       of their commands decode as {@link RawMessage}, as any command the codec does not know.
 *       So is NotHandled's reason IsReadOnly (20.x only).</li>
 * </ul>
 *
 * <p>Decoding is as lenient as the server's: a missing required field takes its default, while
 * bytes that are not the command's message, an enum value the schema lacks or an event id of
 * another length than 16 throw {@link MalformedFrameException} naming the command.
 *
 * <p>Threads: stateless; safe from any thread; never blocks. One instance may be shared.
 */
public final class V3Codec extends DialectCodec {
    /** The protocol version this codec speaks. */
    public static final int VERSION = 3;

    /** A codec; {@link V3CodecProvider#codec()} hands out a shared one. */
    public V3Codec() {
        super(Dialect.V3);
    }
}
