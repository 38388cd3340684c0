/**
 * The testkit's server side of the wire: one connection as a real EventStore treats it
 * ({@link io.extreme.testkit.server.ConnectionSession}: heartbeats, authentication,
 * IdentifyClient, BadRequest, NotHandled faults), shared by the TCP server and the in-memory
 * transport, and the non-blocking TCP server itself, which frames with the client's own codec.
 */
package io.extreme.testkit.server;
