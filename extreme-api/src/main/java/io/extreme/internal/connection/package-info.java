/**
 * One connection's life: the {@code ConnectionEngine} connects (through discovery for a cluster),
 * shakes hands ({@code Handshake}: authentication, IdentifyClient and the protocol version a
 * {@code NegotiatedCodec} settles), keeps the connection alive ({@code Heartbeat}), reconnects
 * with a {@code ReconnectPolicy}, watches the cluster's gossip ({@code GossipWatch}) and tells
 * the {@code Lifecycle} listeners. The {@code Dispatcher} matches replies to the operations in
 * flight ({@code OperationTable}, {@code InFlight}) and to live subscriptions
 * ({@code LiveSubscriptions}). The {@code InboundGate} bounds the frames read and not yet
 * handled by suspending the connection's reading; the dispatcher holds operations back while
 * the transport is not writable.
 */
package io.extreme.internal.connection;
