/**
 * The exceptions of the client, all under {@link io.extreme.error.ExtremeException} and grouped by
 * cause, so that a catch can be as coarse or as fine as the caller's handling:
 *
 * <pre>
 * ExtremeException
 * ├── ConnectionClosedException          the connection ended or never came up
 * │   ├── ClientClosedException          closed by its user (the client, or a view of it)
 * │   ├── ReconnectsExhaustedException   gave up after maxReconnectAttempts; the client is closed
 * │   ├── ConnectionLostException        lost while the call was in flight, no retries left
 * │   ├── HandshakeTimeoutException      a node did not answer the handshake in time
 * │   └── HeartbeatTimeoutException      a connected node fell silent
 * ├── ServerRefusalException             the server refused or failed the request
 * │   ├── AccessDeniedException
 * │   ├── NotAuthenticatedException
 * │   ├── BadRequestException
 * │   ├── NotHandledException            see its reason: not ready, too busy, not the master
 * │   ├── ServerErrorException
 * │   └── ServerTimeoutException
 * │       ├── CommitTimeoutException
 * │       ├── PrepareTimeoutException
 * │       └── ForwardTimeoutException
 * ├── StreamStateException               the stream is not in the state the request needs
 * │   ├── StreamDeletedException
 * │   ├── StreamNotFoundException
 * │   ├── EventNotFoundException
 * │   ├── WrongExpectedVersionException  (in io.extreme.event, beside ExpectedVersion)
 * │   └── InvalidTransactionException
 * ├── PersistentSubscriptionException    about a persistent subscription group
 * │   ├── PersistentSubscriptionAlreadyExistsException
 * │   ├── PersistentSubscriptionNotFoundException
 * │   ├── PersistentSubscriptionFailedException
 * │   └── PersistentSubscriptionDeletedException   deleted while a consumer was connected
 * └── ClientSideException                the client's own setup or limits, no word from the server
 *     ├── ConfigurationException
 *     ├── OperationQueueFullException
 *     └── OperationTimeoutException
 * </pre>
 *
 * <p>The five groups are abstract: every exception thrown is one of the named leaves (or a bare
 * {@code ExtremeException} for an answer the client did not expect), and every leaf sits in
 * exactly one group. The client's own timeout is client-side, since the server may still be
 * working on the request; the server's timeouts are refusals. Outside this package, the
 * decoding exceptions of the typed API ({@code io.extreme.typed}, {@code io.extreme.serialization})
 * and the frame errors of the ports ({@code io.extreme.spi}) stay directly under the root.
 *
 * <p>The futures of {@link io.extreme.ExtremeClient} throw from {@code join()} and {@code get()} a
 * {@link io.extreme.error.ExtremeException#copy() copy} made on the waiting thread, of the same
 * class, with the engine's exception as its cause: the stack trace shows the caller.
 *
 * <p>One package for all of them, so that a catch needs one import; the one exception about
 * expected versions, {@code WrongExpectedVersionException}, sits beside {@code ExpectedVersion}
 * in {@code io.extreme.event}. The bottom of the public API: it imports nothing of ours.
 */
package io.extreme.error;
