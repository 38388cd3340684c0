/**
 * The ports the engine is built on, for the adapter modules: a {@link io.extreme.spi.Transport}
 * (extreme-transport-nio, the testkit's in-memory one), a {@link io.extreme.spi.ProtocolCodec}
 * (extreme-protocol-v3 and -v4), {@link io.extreme.spi.Discovery} (extreme-discovery), each found
 * through its provider with {@link java.util.ServiceLoader}; and what they exchange:
 * {@link io.extreme.spi.Frame}, its {@link io.extreme.spi.FrameFormat}, the command codes of
 * {@link io.extreme.spi.TcpCommand} and the protocol's messages in {@code io.extreme.spi.message}.
 *
 * <p>Applications need none of it, except to send raw commands by code. The ports see the public
 * API's settings, endpoints and credentials; the public API never sees the ports.
 */
package io.extreme.spi;
