package io.extreme;

import io.extreme.error.ConfigurationException;
import io.extreme.error.ConnectionClosedException;
import io.extreme.error.ExtremeException;
import io.extreme.subscription.CatchUpOptions;
import io.extreme.subscription.EventHandler;
import io.extreme.subscription.FanoutListener;
import io.extreme.subscription.FanoutListenerBuilder;
import io.extreme.subscription.Listener;
import io.extreme.subscription.ListenerBuilder;
import io.extreme.typed.SerializationSettings;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * A connection to EventStore. Every operation is asynchronous: it returns at once and its
 * future completes on the client's callback executor, never on an I/O thread. Operations
 * issued while the client is (re)connecting wait for the connection. Failures complete the
 * future with an {@link ExtremeException}; bad arguments throw {@link IllegalArgumentException}
 * at once, before anything is sent.
 *
 * <p>Each future returned is the caller's own: completing it changes nothing for the client, and
 * cancelling it (or a stage composed from it, while the call is not done) withdraws the call: one
 * still queued is never sent, one already sent is forgotten, its answer ignored, so that an
 * append cancelled after it was sent may still be written. A subscription cancelled before the
 * server confirmed it is unsubscribed when the confirmation comes.
 *
 * <p>Operations run as the settings' default user; {@link #withCredentials} gives a view of the
 * same connection that runs them as another user.
 *
 * <p>Thread-safe. Close it when done ({@link #close()}, or {@link #closeAsync()} to be told when it
 * has ended): pending operations then fail with {@link ConnectionClosedException}.
 */
public interface ExtremeClient extends ReadCommands, WriteCommands, SubscriptionCommands, PersistentSubscriptionCommands, AutoCloseable {
    /** How long {@link #close()} waits for the client to end: 5 seconds. */
    Duration CLOSE_TIMEOUT = Duration.ofSeconds(5);

    /** The largest page a read may ask for: the server refuses more (the same as {@link CatchUpOptions#MAX_READ_BATCH}). */
    int MAX_READ_BATCH = CatchUpOptions.MAX_READ_BATCH;

    /**
     * The protocol version the connection speaks ({@link ProtocolVersion#V3} or {@link ProtocolVersion#V4});
     * before the first connection has been made, the setting ({@link ProtocolVersion#AUTO} when the
     * server is to decide).
     */
    ProtocolVersion protocol();

    /**
     * Sends any command with any payload, as it is, and completes with the first frame the
     * server answers with, as a {@link RawReply}, under the same correlation id (which may be a BadRequest,
     * NotAuthenticated or NotHandled: nothing is interpreted). For commands that get no answer
     * (acks, naks) the future completes with {@code null} once the frame is sent.
     *
     * @param command the command code, 0 to 255
     * @param payload the payload, for example a serialized protobuf message
     * @param options the user the frame carries (empty: the client's), the timeout and deadline
     */
    CompletableFuture<RawReply> execute(int command, byte[] payload, CallOptions options);

    /** Sends any command with any payload as the client's user; see {@link #execute(int, byte[], CallOptions)}. */
    default CompletableFuture<RawReply> execute(int command, byte[] payload) {
        return execute(command, payload, CallOptions.DEFAULTS);
    }

    /** The settings this client was made with. */
    ExtremeSettings settings();

    /**
     * A view of this client whose operations carry {@code credentials}, over the same connection.
     * The view closes alone: its {@link #close()} leaves the client and its other views open, and
     * calls made on it afterwards fail with {@link io.extreme.error.ClientClosedException} (calls
     * already under way finish normally). Closing the client closes every view.
     */
    ExtremeClient withCredentials(UserCredentials credentials);

    /** Continues a transaction started elsewhere, by its id. */
    Transaction continueTransaction(long transactionId);

    /**
     * Starts building a checkpointed {@link Listener} of {@code stream}: catches up after the
     * checkpoint the read model stored, then follows the stream live, renewing the subscription
     * after a lost connection; see {@link Listener}.
     *
     * @param stream  the stream to follow, for example a category stream {@code $ce-order}
     * @param handler processes one event and returns the new checkpoint
     */
    ListenerBuilder listener(String stream, EventHandler handler);

    /**
     * Starts building a {@link FanoutListener} of {@code stream}: forwards the events written from
     * now on, without checkpoint or catching up; see {@link FanoutListener}.
     *
     * @param stream    the stream whose new events to forward
     * @param forwarder what to do with each new event
     */
    FanoutListenerBuilder fanoutListener(String stream, FanoutListener.Forwarder forwarder);

    /**
     * The typed API with the settings' {@link ExtremeSettings#serialization()}: objects in,
     * objects out, over this client's connection and credentials.
     *
     * @throws ConfigurationException when no serializer is given and no plugin is on the class path
     *                                (settings that name a serializer, or give it options, are checked
     *                                when the client connects)
     */
    TypedClient typed();

    /**
     * The typed API with other serialization settings (another serializer, mapping or policy). Each
     * call makes a new view with its own serializer: keep the view rather than asking again.
     *
     * @throws ConfigurationException as {@link #typed()}
     */
    TypedClient typed(SerializationSettings serialization);

    /**
     * Whether this client has stopped for good: closed by the user, or given up after
     * {@link ExtremeSettings#maxReconnectAttempts()}. A client that is only reconnecting is not closed.
     */
    boolean isClosed();

    /**
     * Starts closing the client and returns at once. Pending operations fail with
     * {@link io.extreme.error.ClientClosedException} (a {@link ConnectionClosedException}), and so
     * does every later call, on this client and its views. The future completes, never on the
     * engine's thread, once the client has ended: the engine thread stopped, the transport's I/O
     * threads ended, and the client's own callback pool ran its last callback (so the pending
     * operations' futures have failed by then; with a callback executor of yours, their failures
     * have been handed to it). A callback that never returns keeps the future from completing.
     *
     * <p>Idempotent: every call, on any thread, gets a future of the same close, each its own copy
     * (completing or cancelling one changes nothing for the others or for the close). On a view of
     * {@link #withCredentials}, closes only that view, and the future is complete at once.
     */
    CompletableFuture<Void> closeAsync();

    /**
     * {@link #closeAsync()}, then waits for the client to end, at most {@link #CLOSE_TIMEOUT}. When
     * that passes first, a WARN says what the close still waited for, and this returns: the client
     * is closed all the same, and what is left ends on its own. On one of the library's own threads
     * (all are named {@code extreme-…}: a callback of a future, handler or listener on the default
     * callback pool, the engine's, an I/O thread) it only starts the close and returns at once, since
     * the end it would wait for includes that very thread. An interrupt ends the wait early and is
     * kept. On a view of {@link #withCredentials}, closes only that view.
     */
    @Override
    void close();
}
