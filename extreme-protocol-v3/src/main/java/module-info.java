/** The protocol v3 codec: EventStore 3.x up to 3.9.3 (32-bit event numbers). */
module io.extreme.protocol.v3 {
    // V3Codec is a ProtocolCodec; the generated v3 schema, exported for tools, speaks protobuf.
    requires transitive io.extreme.api;
    requires transitive com.google.protobuf;

    exports io.extreme.protocol.v3;
    exports io.extreme.protocol.v3.proto;

    provides io.extreme.spi.ProtocolCodecProvider with io.extreme.protocol.v3.V3CodecProvider;
}
