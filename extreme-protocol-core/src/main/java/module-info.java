/**
 * The protocol core: the one schema and the one mapping of the neutral messages to frames that
 * the v3 and v4 codecs share, each speaking through its {@code Dialect}.
 */
module io.extreme.protocol.core {
    // DialectCodec is a ProtocolCodec; the generated schema speaks protobuf.
    requires transitive io.extreme.api;
    requires transitive com.google.protobuf;

    // The mapping is the codecs' business only: their modules are the one public face.
    exports io.extreme.protocol.core to io.extreme.protocol.v3, io.extreme.protocol.v4;
    // Open to all: V4Commands takes and gives these messages, for tools and tests of any module.
    exports io.extreme.protocol.core.proto;
}
