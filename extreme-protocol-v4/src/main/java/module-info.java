/** The protocol v4 codec: EventStore 4.x and later. */
module io.extreme.protocol.v4 {
    // Both appear in this module's public signatures: V4Codec is a ProtocolCodec, V4Commands
    // and the generated schema speak protobuf.
    requires transitive io.extreme.api;
    requires transitive com.google.protobuf;

    exports io.extreme.protocol.v4;
    exports io.extreme.protocol.v4.proto;

    provides io.extreme.spi.ProtocolCodecProvider with io.extreme.protocol.v4.V4CodecProvider;
}
