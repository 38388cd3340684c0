package io.extreme.testkit.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.extreme.Endpoint;
import io.extreme.ExtremeSettings;
import io.extreme.UserCredentials;
import io.extreme.protocol.v4.V4CodecProvider;
import io.extreme.spi.Frame;
import io.extreme.spi.ProtocolCodec;
import io.extreme.spi.TcpCommand;
import io.extreme.spi.Transport;
import io.extreme.spi.TransportConnection;
import io.extreme.spi.TransportListener;
import io.extreme.spi.TransportProvider;
import io.extreme.spi.message.OperationResult;
import io.extreme.spi.message.WriteEventsCompleted;
import io.extreme.testkit.EmbeddedEventStore;
import io.extreme.testkit.InMemoryTransportProvider;
import java.net.ConnectException;
import java.util.List;
import java.util.ServiceLoader;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The in-memory transport: the same server logic as TCP, without a socket. */
class InMemoryTransportTest {
    private static final ProtocolCodec CODEC = new V4CodecProvider().codec();

    private EmbeddedEventStore store;
    private Transport transport;
    private final Recorder listener = new Recorder();

    @BeforeEach
    void start() {
        store = EmbeddedEventStore.start();
        transport = new InMemoryTransportProvider().create(ExtremeSettings.defaults());
    }

    @AfterEach
    void stop() {
        transport.close();
        store.close();
    }

    @Test
    void isFoundByServiceLoaderAsInMemoryWithPriorityZero() {
        List<TransportProvider> providers = ServiceLoader.load(TransportProvider.class).stream()
                .map(ServiceLoader.Provider::get)
                .filter(p -> p.name().equals("in-memory"))
                .collect(Collectors.toList());
        assertThat(providers).singleElement().satisfies(p -> {
            assertThat(p).isInstanceOf(InMemoryTransportProvider.class);
            assertThat(p.priority()).isZero();
        });
    }

    @Test
    void connectsAndGetsAnswersOnItsOwnThread() throws Exception {
        TransportConnection connection = connect(store.endpoint());
        assertThat(connection.isOpen()).isTrue();
        assertThat(connection.remote()).isEqualTo(store.endpoint());

        UUID ping = UUID.randomUUID();
        connection.send(Frames.ping(ping, "in memory"));
        Event pong = listener.next();
        assertThat(pong.frame().command()).isEqualTo(TcpCommand.PONG);
        assertThat(pong.frame().correlationId()).isEqualTo(ping);
        assertThat(Frames.text(pong.frame())).isEqualTo("in memory");
        assertThat(pong.thread()).startsWith("extreme-inmemory-").isNotEqualTo(Thread.currentThread().getName());
    }

    @Test
    void holdsWhatArrivesWhileReadingIsSuspendedAndDeliversItInOrderOnResume() throws Exception {
        TransportConnection connection = connect(store.endpoint());
        long before = connection.lastReceivedNanos();
        connection.suspendReading();
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        connection.send(Frames.ping(first, "one"));
        connection.send(Frames.ping(second, "two"));
        // Nothing may come while suspended; a short look, as there is no socket to ask.
        assertThat(listener.events.poll(200, TimeUnit.MILLISECONDS)).as("nothing delivered while suspended").isNull();
        assertThat(connection.lastReceivedNanos()).isEqualTo(before);
        assertThat(connection.isWritable()).as("sends go straight to the session").isTrue();

        connection.resumeReading();
        assertThat(listener.next().frame().correlationId()).isEqualTo(first);
        assertThat(listener.next().frame().correlationId()).isEqualTo(second);
        assertThat(connection.lastReceivedNanos() - before).isPositive();
    }

    @Test
    void passesRequestsToTheEngineInOrder() throws Exception {
        TransportConnection connection = connect(store.endpoint());
        String stream = "in-memory-" + UUID.randomUUID();
        UUID[] ids = new UUID[20];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = UUID.randomUUID();
            connection.send(CODEC.encode(ids[i], null, Frames.writeOneEvent(stream)));
        }
        for (int i = 0; i < ids.length; i++) {
            Frame reply = listener.next().frame();
            assertThat(reply.correlationId()).isEqualTo(ids[i]);
            WriteEventsCompleted completed = (WriteEventsCompleted) CODEC.decode(reply);
            assertThat(completed.result()).isEqualTo(OperationResult.SUCCESS);
            assertThat(completed.firstEventNumber()).isEqualTo(i);
        }
    }

    @Test
    void sharesTheEngineWithTheTcpServer() throws Exception {
        // "localhost" names the same store: nothing is resolved.
        TransportConnection connection = connect(new Endpoint("localhost", store.endpoint().port()));
        String stream = "shared-" + UUID.randomUUID();
        connection.send(CODEC.encode(UUID.randomUUID(), null, Frames.writeOneEvent(stream)));
        assertThat(((WriteEventsCompleted) CODEC.decode(listener.next().frame())).firstEventNumber()).isZero();
        try (WireClient tcp = new WireClient(store.endpoint())) {
            tcp.send(CODEC.encode(UUID.randomUUID(), null, Frames.writeOneEvent(stream)));
            assertThat(((WriteEventsCompleted) CODEC.decode(tcp.read())).firstEventNumber()).isEqualTo(1);
        }
    }

    @Test
    void failsToConnectWhereNoStoreRuns() {
        Endpoint nowhere = new Endpoint("127.0.0.1", 1);
        assertThatThrownBy(() -> transport.connect(nowhere, listener).get(5, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(ConnectException.class).hasMessageContaining("127.0.0.1:1");
    }

    @Test
    void tellsTheListenerOnceWhenTheClientCloses() throws Exception {
        TransportConnection connection = connect(store.endpoint());
        connection.close();
        connection.close();
        Event closed = listener.next();
        assertThat(closed.closed()).isTrue();
        assertThat(closed.cause()).isNull();
        assertThat(connection.isOpen()).isFalse();
        connection.send(Frames.ping(UUID.randomUUID(), "dropped"));
        UUID probe = UUID.randomUUID();
        TransportConnection other = connect(store.endpoint());
        other.send(Frames.ping(probe, "probe"));
        assertThat(listener.next().frame().correlationId()).isEqualTo(probe); // nothing else came first
    }

    @Test
    void deliversTheBadRequestBeforeTheServerCloses() throws Exception {
        TransportConnection connection = connect(store.endpoint());
        UUID id = UUID.randomUUID();
        Frame ping = Frames.ping(id, "x");
        connection.send(new Frame(ping.command(), Frame.FLAG_TRUSTED_WRITE, id, null, ping.payload()));
        Event badRequest = listener.next();
        assertThat(badRequest.frame().command()).isEqualTo(TcpCommand.BAD_REQUEST);
        assertThat(badRequest.frame().correlationId()).isEqualTo(id);
        Event closed = listener.next();
        assertThat(closed.closed()).isTrue();
        assertThat(closed.cause()).hasMessageContaining(store.endpoint().toString());
        assertThat(connection.isOpen()).isFalse();
    }

    @Test
    void closesOnAnEmptyPasswordWithoutPayloadAsTheTcpServerDoes() throws Exception {
        TransportConnection connection = connect(store.endpoint());
        connection.send(Frames.authenticate(UUID.randomUUID(), UserCredentials.of("ops", "")));
        Event badRequest = listener.next();
        assertThat(badRequest.frame().command()).isEqualTo(TcpCommand.BAD_REQUEST);
        assertThat(badRequest.frame().correlationId()).isEqualTo(Frame.ZERO_ID);
        assertThat(listener.next().closed()).isTrue();
    }

    @Test
    void closingTheStoreClosesInMemoryConnections() throws Exception {
        TransportConnection connection = connect(store.endpoint());
        store.close();
        Event closed = listener.next();
        assertThat(closed.closed()).isTrue();
        assertThat(closed.cause()).isNotNull();
        assertThat(connection.isOpen()).isFalse();
        assertThatThrownBy(() -> transport.connect(store.endpoint(), listener).get(5, TimeUnit.SECONDS))
                .cause().isInstanceOf(ConnectException.class);
    }

    @Test
    void refusesAFrameOverTheLimitAndStaysOpen() throws Exception {
        ExtremeSettings settings = ExtremeSettings.builder().maxEventSize(512).maxFrameLength(1024).build();
        Transport small = new InMemoryTransportProvider().create(settings);
        try {
            TransportConnection connection = small.connect(store.endpoint(), listener).get(5, TimeUnit.SECONDS);
            assertThatThrownBy(() -> connection.send(Frame.of(TcpCommand.PING, UUID.randomUUID(), new byte[2000])))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(connection.isOpen()).isTrue();
        } finally {
            small.close();
        }
    }

    private TransportConnection connect(Endpoint endpoint) throws Exception {
        return transport.connect(endpoint, listener).get(5, TimeUnit.SECONDS);
    }

    /** One callback: a frame, or the close with its cause; with the thread it came on. */
    record Event(Frame frame, boolean closed, Throwable cause, String thread) {
    }

    /** Records callbacks; {@link #next()} waits for one with a deadline. */
    static final class Recorder implements TransportListener {
        private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();

        @Override
        public void onFrame(TransportConnection connection, Frame frame) {
            if (frame.command() != TcpCommand.HEARTBEAT_REQUEST) {
                events.add(new Event(frame, false, null, Thread.currentThread().getName()));
            }
        }

        @Override
        public void onClosed(TransportConnection connection, Throwable cause) {
            events.add(new Event(null, true, cause, Thread.currentThread().getName()));
        }

        Event next() throws InterruptedException {
            Event event = events.poll(5, TimeUnit.SECONDS);
            assertThat(event).as("a callback within 5 s").isNotNull();
            return event;
        }
    }
}
