package io.extreme.internal.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.extreme.ExtremeClient;
import io.extreme.ExtremeSettings;
import io.extreme.ReadOptions;
import io.extreme.UserCredentials;
import io.extreme.discovery.FixedDiscovery;
import io.extreme.error.ClientClosedException;
import io.extreme.event.EventData;
import io.extreme.event.ExpectedVersion;
import io.extreme.event.StreamPosition;
import io.extreme.event.WriteResult;
import io.extreme.internal.fakes.FakeCodec;
import io.extreme.internal.fakes.FakeTransport;
import io.extreme.spi.Frame;
import io.extreme.spi.TcpCommand;
import io.extreme.spi.message.ClientIdentified;
import io.extreme.spi.message.OperationResult;
import io.extreme.spi.message.WriteEventsCompleted;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A view of {@code withCredentials} closes alone: the client and its other views go on over the
 * shared connection, and only the client's own close ends them all.
 */
class ClientViewCloseTest {
    private static final String VIEW_CLOSED = "this view of the client was closed; the client itself is open";

    private final FakeCodec codec = new FakeCodec();
    private final FakeTransport transport = new FakeTransport();
    private final ExtremeClient client = ClientCore.start(ExtremeSettings.builder().connectionName("view-test")
            .reconnectDelay(Duration.ofMillis(10)).build(), codec, transport, new FixedDiscovery());

    @AfterEach
    void close() {
        client.close();
    }

    private FakeTransport.Connection identified() throws InterruptedException {
        FakeTransport.Connection c = transport.nextConnection();
        Frame identify = c.next();
        assertThat(identify.command()).isEqualTo(TcpCommand.IDENTIFY_CLIENT);
        c.deliver(codec.reply(identify.correlationId(), new ClientIdentified()));
        return c;
    }

    private static CompletableFuture<WriteResult> append(ExtremeClient on) {
        return on.append("s", EventData.json("t", "{}"));
    }

    /** Answers the next write on {@code c} as written at {@code last}. */
    private void answerWrite(FakeTransport.Connection c, long last) throws InterruptedException {
        Frame write = c.next();
        c.deliver(codec.reply(write.correlationId(),
                new WriteEventsCompleted(OperationResult.SUCCESS, null, 0, last, 100L, 100L, 0L)));
    }

    private static Throwable failure(CompletableFuture<?> future) {
        try {
            future.get(5, TimeUnit.SECONDS);
            throw new AssertionError("expected a failure");
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void closingAViewLeavesTheClientAndTheOtherViewsUsable() throws Exception {
        ExtremeClient view = client.withCredentials(UserCredentials.of("ops", "changeit"));
        ExtremeClient other = client.withCredentials(UserCredentials.of("audit", "changeit"));
        CompletableFuture<WriteResult> first = append(view);
        FakeTransport.Connection c = identified();
        answerWrite(c, 0);
        assertThat(first.get(5, TimeUnit.SECONDS).nextExpectedVersion()).isEqualTo(0);

        view.close();

        assertThat(view.isClosed()).isTrue();
        assertThat(client.isClosed()).isFalse();
        assertThat(other.isClosed()).isFalse();
        CompletableFuture<WriteResult> onClient = append(client);
        answerWrite(c, 1);
        assertThat(onClient.get(5, TimeUnit.SECONDS).nextExpectedVersion()).isEqualTo(1);
        CompletableFuture<WriteResult> onOther = append(other);
        answerWrite(c, 2);
        assertThat(onOther.get(5, TimeUnit.SECONDS).nextExpectedVersion()).isEqualTo(2);
    }

    @Test
    void callsOnAClosedViewFailWithClientClosedAndSendNothing() throws Exception {
        ExtremeClient view = client.withCredentials(UserCredentials.of("ops", "changeit"));
        FakeTransport.Connection c = identified();
        view.close();

        assertThat(failure(append(view))).isExactlyInstanceOf(ClientClosedException.class)
                .hasMessageContaining(VIEW_CLOSED).hasMessageContaining("append to stream");
        assertThat(failure(view.readEvent("s", StreamPosition.of(0), ReadOptions.DEFAULTS))).isExactlyInstanceOf(ClientClosedException.class);
        assertThat(failure(view.subscribeToStream("s", (subscription, event) -> { })))
                .isExactlyInstanceOf(ClientClosedException.class).hasMessageContaining(VIEW_CLOSED);
        assertThat(c.sent.poll(100, TimeUnit.MILLISECONDS)).as("nothing sent for a closed view").isNull();
    }

    @Test
    void closingTheClientFailsPendingCallsOfEveryViewWithClientClosed() throws Exception {
        ExtremeClient view = client.withCredentials(UserCredentials.of("ops", "changeit"));
        CompletableFuture<WriteResult> onView = append(view);
        CompletableFuture<WriteResult> onClient = append(client);
        identified();

        client.close();

        assertThat(failure(onView)).isExactlyInstanceOf(ClientClosedException.class);
        assertThat(failure(onClient)).isExactlyInstanceOf(ClientClosedException.class);
        assertThat(view.isClosed()).isTrue();
        assertThat(failure(append(view))).isExactlyInstanceOf(ClientClosedException.class);
        assertThat(failure(append(client))).isExactlyInstanceOf(ClientClosedException.class);
    }
}
