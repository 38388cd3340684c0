/**
 * The in-memory EventStore behind the testkit's servers: {@link io.extreme.testkit.engine.EventStoreEngine}
 * answers the protocol-neutral requests as a real EventStore 4.1.4 does, or as 3.9.3 does for the
 * sessions of a protocol-3 store ({@link io.extreme.testkit.engine.ServerGeneration}). Inside, a transaction log
 * hands out byte positions and keeps {@code $all} in commit order, a stream index keeps events by
 * number with their metadata, and request handlers take the server's decisions (expected versions,
 * idempotency, ACLs, deletes, transactions, reads, subscriptions) in the server's order.
 */
package io.extreme.testkit.engine;
