package io.extreme.internal.fakes;

import io.extreme.ExtremeSettings;
import io.extreme.discovery.FixedDiscovery;
import io.extreme.event.ResolvedEvent;
import io.extreme.internal.client.ClientCore;
import io.extreme.internal.client.ClientView;
import io.extreme.subscription.DropReason;
import io.extreme.subscription.Subscription;
import io.extreme.subscription.SubscriptionListener;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/** A client on a {@link FakeEventServer}, for subscription tests; closes both. */
public final class ServerHarness implements AutoCloseable {
    final FakeCodec codec = new FakeCodec();
    public final FakeTransport transport = new FakeTransport();
    public final FakeEventServer server = new FakeEventServer(codec, transport);
    public final ClientView client;

    public ServerHarness(ExtremeSettings.Builder settings) {
        client = (ClientView) ClientCore.start(settings.build(), codec, transport, new FixedDiscovery());
    }

    /** Quick reconnects, never giving up. */
    public static ExtremeSettings.Builder settings() {
        return ExtremeSettings.builder().connectionName("subscription-test").reconnectDelay(Duration.ofMillis(10))
                .maxReconnectAttempts(-1);
    }

    /** Drops the connection and keeps the client out until {@code whileAway} has run. */
    public void dropAndKeepOut(Runnable whileAway) {
        transport.refuse = true;
        server.dropConnections();
        whileAway.run();
        transport.refuse = false;
    }

    @Override
    public void close() {
        client.close();
        server.close();
    }

    /** Polls {@code condition} until it holds; fails after ten seconds with {@code what}. */
    public static void until(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("timed out waiting for: " + what);
            }
            try {
                TimeUnit.MILLISECONDS.sleep(5); // the polling interval of a condition wait
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** A listener that records what it hears. */
    public static final class Recorder implements SubscriptionListener {
        public record Drop(DropReason reason, Throwable cause) {
        }

        public final List<ResolvedEvent> events = new CopyOnWriteArrayList<>();
        public final List<Drop> drops = new CopyOnWriteArrayList<>();
        public final AtomicInteger lives = new AtomicInteger();

        @Override
        public void onEvent(Subscription subscription, ResolvedEvent event) {
            events.add(event);
        }

        @Override
        public void onLive(Subscription subscription) {
            lives.incrementAndGet();
        }

        @Override
        public void onDropped(Subscription subscription, DropReason reason, Throwable cause) {
            drops.add(new Drop(reason, cause));
        }

        public List<Long> numbers() {
            return events.stream().map(ResolvedEvent::originalEventNumber).toList();
        }

        /** Waits for {@code count} events in all. */
        public Recorder awaitEvents(int count) {
            until(count + " events (got " + events.size() + ")", () -> events.size() >= count);
            return this;
        }
    }
}
