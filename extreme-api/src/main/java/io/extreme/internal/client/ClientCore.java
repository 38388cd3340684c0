package io.extreme.internal.client;

import io.extreme.ProtocolVersion;
import io.extreme.ExtremeClient;
import io.extreme.ExtremeSettings;
import io.extreme.internal.connection.ConnectionEngine;
import io.extreme.internal.connection.NegotiatedCodec;
import io.extreme.internal.plugin.Plugins;
import io.extreme.internal.typed.Serialization;
import io.extreme.spi.Discovery;
import io.extreme.spi.DiscoveryProvider;
import io.extreme.spi.ProtocolCodec;
import io.extreme.spi.ProtocolCodecProvider;
import io.extreme.spi.Transport;
import io.extreme.spi.TransportProvider;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Wires a client: finds the plugins, starts the engine thread and the callback executor, and
 * makes the {@link ClientClose} that ends them.
 *
 * <p>Threads: {@code extreme-engine-N}, the engine's single thread, runs every state change of
 * the connection and its timers (its task queue is the executor's, unbounded: the operations
 * handed to it are bounded by {@link ExtremeSettings#maxQueueSize()});
 * {@code extreme-callback-N-M}, the default callback pool, completes user futures and runs
 * handlers and listeners (its queue is the pool's, unbounded: subscriptions bound what they hand
 * it). Both are daemons and end with the close.
 */
public final class ClientCore {
    private static final AtomicInteger CLIENTS = new AtomicInteger();

    final ExtremeSettings settings;
    public final ConnectionEngine engine;
    public final Executor callbacks;
    /** The client's one close, which every view and every call of close or closeAsync shares. */
    final ClientClose closing;
    /** The settings' serialization, one for every view of this client; made on first use unless checked at start. */
    private volatile Serialization serialization;

    private ClientCore(ExtremeSettings settings, ConnectionEngine engine, Executor callbacks, ClientClose closing,
                       Serialization serialization) {
        this.settings = settings;
        this.engine = engine;
        this.callbacks = callbacks;
        this.closing = closing;
        this.serialization = serialization;
    }

    /** The settings' serialization: finding and building the plugin costs, so it is done once per client. */
    Serialization serialization() {
        Serialization made = serialization;
        if (made == null) {
            synchronized (this) {
                if (serialization == null) {
                    serialization = Serialization.of(settings.serialization());
                }
                made = serialization;
            }
        }
        return made;
    }

    /** Starts a client for {@code settings}; see {@link io.extreme.Extreme#connect}. */
    public static ExtremeClient start(ExtremeSettings settings) {
        // A misnamed serializer fails here, not at the first typed(); the one made is kept.
        Serialization checked = Serialization.check(settings.serialization());
        NegotiatedCodec codec = codecs(settings.protocol());
        DiscoveryProvider discoveryProvider = Plugins.find(DiscoveryProvider.class, settings.discovery(),
                p -> p.supports(settings), "extreme-discovery");
        TransportProvider transportProvider = Plugins.find(TransportProvider.class, settings.transport(), p -> true,
                "extreme-transport-nio");
        return start(settings, codec, transportProvider.create(settings), discoveryProvider.create(settings), checked);
    }

    /** The codec for protocol 3 or 4, or both that are on the class path for auto. */
    private static NegotiatedCodec codecs(ProtocolVersion protocol) {
        if (protocol != ProtocolVersion.AUTO) {
            String number = protocol.settingValue();
            return NegotiatedCodec.fixed(Plugins.find(ProtocolCodecProvider.class, "v" + number, p -> true,
                    "extreme-protocol-v" + number).codec());
        }
        ProtocolCodec v3 = Plugins.named(ProtocolCodecProvider.class, "v3").map(ProtocolCodecProvider::codec).orElse(null);
        ProtocolCodec v4 = Plugins.named(ProtocolCodecProvider.class, "v4").map(ProtocolCodecProvider::codec).orElse(null);
        if (v3 == null && v4 == null) {
            Plugins.find(ProtocolCodecProvider.class, null, p -> false, "extreme-protocol-v4"); // throws, naming the module
        }
        return NegotiatedCodec.auto(v3, v4);
    }

    /** Starts a client over the given adapters with one fixed codec; the seam tests use. */
    public static ExtremeClient start(ExtremeSettings settings, ProtocolCodec codec, Transport transport, Discovery discovery) {
        return start(settings, codec instanceof NegotiatedCodec n ? n : NegotiatedCodec.fixed(codec), transport, discovery);
    }

    /** Starts a client over the given adapters; the seam tests use. */
    public static ExtremeClient start(ExtremeSettings settings, NegotiatedCodec codec, Transport transport, Discovery discovery) {
        return start(settings, codec, transport, discovery, null);
    }

    private static ExtremeClient start(ExtremeSettings settings, NegotiatedCodec codec, Transport transport,
                                       Discovery discovery, Serialization serialization) {
        int number = CLIENTS.incrementAndGet();
        // The engine thread. Its queue has no bound of its own; what reaches it is bounded: frames by
        // the engine's InboundGate, operations by maxQueueSize, timers by the operations they serve.
        ScheduledThreadPoolExecutor loop = new ScheduledThreadPoolExecutor(1, named("extreme-engine-" + number));
        loop.setRemoveOnCancelPolicy(true);
        // A reconnect or retry timer must not hold a closing client up: shutdown fails what it would have sent.
        loop.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        ExecutorService ownCallbacks = settings.callbackExecutor() == null ? callbackPool(number) : null;
        Executor callbacks = ownCallbacks != null ? ownCallbacks : settings.callbackExecutor();
        ConnectionEngine engine = new ConnectionEngine(settings, transport, codec, discovery, callbacks, loop,
                () -> {
                    if (ownCallbacks != null) {
                        ownCallbacks.shutdown();
                    }
                });
        engine.start();
        ClientClose closing = new ClientClose(settings.connectionName(), number, engine::close, loop, ownCallbacks,
                ExtremeClient.CLOSE_TIMEOUT);
        return new ClientView(new ClientCore(settings, engine, callbacks, closing, serialization), settings.credentials());
    }

    /**
     * The default callback executor: a FIFO fork-join pool, so a burst of completions does not
     * spawn a thread each, and a callback that blocks on another future is compensated.
     */
    private static ExecutorService callbackPool(int client) {
        AtomicInteger count = new AtomicInteger();
        ForkJoinPool.ForkJoinWorkerThreadFactory factory = pool -> {
            ForkJoinWorkerThread thread = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
            thread.setName("extreme-callback-" + client + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        return new ForkJoinPool(Math.max(2, Runtime.getRuntime().availableProcessors()), factory, null, true);
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
