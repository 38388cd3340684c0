/**
 * The NIO transport: EventStore frames over non-blocking {@code java.nio} sockets, one selector
 * thread per transport. Found through {@link io.extreme.spi.TransportProvider} under the name
 * {@code "nio"}.
 */
module io.extreme.transport.nio {
    requires io.extreme.api;
    requires org.slf4j;

    exports io.extreme.transport.nio;

    provides io.extreme.spi.TransportProvider with io.extreme.transport.nio.NioTransportProvider;
}
