/** The protocol v4 codec: EventStore 4.x and later. */
module io.extreme.protocol.v4 {
    requires io.extreme.api;
    requires com.google.protobuf;

    exports io.extreme.protocol.v4;
    exports io.extreme.protocol.v4.proto;

    provides io.extreme.spi.ProtocolCodecProvider with io.extreme.protocol.v4.V4CodecProvider;
}
