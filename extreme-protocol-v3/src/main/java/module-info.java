/** The protocol v3 codec: EventStore 3.x up to 3.9.3 (32-bit event numbers). */
module io.extreme.protocol.v3 {
    // V3Codec is a ProtocolCodec built on the core's DialectCodec.
    requires transitive io.extreme.protocol.core;

    exports io.extreme.protocol.v3;

    provides io.extreme.spi.ProtocolCodecProvider with io.extreme.protocol.v3.V3CodecProvider;
}
