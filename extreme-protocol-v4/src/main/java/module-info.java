/** The protocol v4 codec: EventStore 4.x and later. */
module io.extreme.protocol.v4 {
    // V4Codec is a ProtocolCodec built on the core's DialectCodec; V4Commands takes and gives
    // the core's generated messages, so a module reading this one reads the core and protobuf.
    requires transitive io.extreme.protocol.core;
    requires transitive com.google.protobuf;

    exports io.extreme.protocol.v4;

    provides io.extreme.spi.ProtocolCodecProvider with io.extreme.protocol.v4.V4CodecProvider;
}
