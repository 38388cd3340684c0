/**
 * The NIO transport: EventStore frames over non-blocking {@code java.nio} sockets, one selector
 * thread per transport, found through {@link io.extreme.spi.TransportProvider} under the name
 * {@code "nio"} ({@link io.extreme.transport.nio.NioTransportProvider}). It connects, reads with
 * the shared {@link io.extreme.spi.FrameDecoder} and writes with the shared
 * {@link io.extreme.spi.FrameEncoder}; it knows bytes and frames, never commands.
 */
package io.extreme.transport.nio;
