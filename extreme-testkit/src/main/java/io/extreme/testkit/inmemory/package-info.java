/**
 * The {@code "in-memory"} transport: client connections of this JVM handed straight to a server
 * session of an in-memory EventStore, without a socket, on one thread per transport, and the
 * registry by which a client finds the store its endpoint names.
 */
package io.extreme.testkit.inmemory;
