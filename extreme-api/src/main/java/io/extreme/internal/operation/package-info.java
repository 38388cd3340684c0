/**
 * Operations: one request, its replies and what they mean. An {@code Operation} encodes its
 * request, inspects each reply into an {@code Outcome} (done, failed, retry, redirect to the
 * master) and completes its future off the I/O thread ({@code CompletableFutureHop}). Each kind
 * of request has its class (append, delete, the reads, transactions, raw commands, persistent
 * subscription management); {@code Replies}, {@code WriteErrors} and {@code Unexpected} share how
 * the server's refusals become exceptions, and {@code Events} how wire events become public ones.
 */
package io.extreme.internal.operation;
