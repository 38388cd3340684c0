/**
 * Extreme for Java: the public API ({@code io.extreme} and its topic packages), the ports for
 * adapters ({@code io.extreme.spi…}) and the engine ({@code io.extreme.internal…}, exported only
 * to our own sibling modules that need a piece of it).
 */
module io.extreme.api {
    requires org.slf4j;

    exports io.extreme;
    exports io.extreme.error;
    exports io.extreme.event;
    exports io.extreme.metadata;
    exports io.extreme.subscription;
    exports io.extreme.persistent;
    exports io.extreme.typed;
    exports io.extreme.serialization;
    exports io.extreme.plugin;
    exports io.extreme.spi;
    exports io.extreme.spi.message;

    // The testkit reads stream metadata with the client's own JSON reader and key names.
    exports io.extreme.internal.json to io.extreme.testkit;

    uses io.extreme.Extreme.Engine;
    provides io.extreme.Extreme.Engine with io.extreme.internal.client.ClientEngine;

    uses io.extreme.spi.TransportProvider;
    uses io.extreme.spi.ProtocolCodecProvider;
    uses io.extreme.spi.DiscoveryProvider;
    uses io.extreme.serialization.SerializerProvider;
}
