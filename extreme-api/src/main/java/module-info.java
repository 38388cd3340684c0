/**
 * Extreme for Java: the public API ({@code io.extreme}), the ports for adapters
 * ({@code io.extreme.spi}) and the engine ({@code io.extreme.internal}, not exported).
 */
module io.extreme.api {
    requires org.slf4j;

    exports io.extreme;
    exports io.extreme.spi;
    exports io.extreme.spi.message;

    uses io.extreme.spi.TransportProvider;
    uses io.extreme.spi.ProtocolCodecProvider;
    uses io.extreme.spi.DiscoveryProvider;
    uses io.extreme.spi.SerializerProvider;
}
