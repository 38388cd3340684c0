package io.extreme.internal.fakes;

import io.extreme.spi.Frame;
import io.extreme.spi.TcpCommand;
import io.extreme.spi.message.ClientIdentified;
import io.extreme.spi.message.EventRecord;
import io.extreme.spi.message.IdentifyClient;
import io.extreme.spi.message.Message;
import io.extreme.spi.message.OperationResult;
import io.extreme.spi.message.ReadAllEvents;
import io.extreme.spi.message.ReadAllEventsCompleted;
import io.extreme.spi.message.ReadAllResult;
import io.extreme.spi.message.ReadDirection;
import io.extreme.spi.message.ReadStreamEvents;
import io.extreme.spi.message.ReadStreamEventsCompleted;
import io.extreme.spi.message.ReadStreamResult;
import io.extreme.spi.message.WireResolvedEvent;
import io.extreme.spi.message.ResolvedIndexedEvent;
import io.extreme.spi.message.StreamEventAppeared;
import io.extreme.spi.message.SubscribeToStream;
import io.extreme.spi.message.SubscriptionConfirmation;
import io.extreme.spi.message.SubscriptionDropReason;
import io.extreme.spi.message.SubscriptionDropped;
import io.extreme.spi.message.UnsubscribeFromStream;
import io.extreme.spi.message.WriteEvents;
import io.extreme.spi.message.WriteEventsCompleted;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * An event store played on the server side of {@link FakeTransport} connections: streams, {@code $all},
 * forward and backward reads, writes and volatile subscriptions. Tests make it misbehave: hold
 * requests unanswered ({@link #hold}), stop pushing events ({@link #pushes}), drop the connection.
 * Stream events of {@code $all} have positions 10, 20, 30... Everything is under this object's lock.
 */
public final class FakeEventServer implements AutoCloseable {
    private record Sub(FakeTransport.Connection connection, UUID id, String stream) {
    }

    private record Held(FakeTransport.Connection connection, UUID id, Message request) {
    }

    private final FakeCodec codec;
    private final FakeTransport transport;
    private final Map<String, List<EventRecord>> streams = new HashMap<>();
    private final List<WireResolvedEvent> all = new ArrayList<>();
    private final List<Sub> subscriptions = new ArrayList<>();
    private final List<FakeTransport.Connection> connections = new ArrayList<>();
    private final List<Held> held = new ArrayList<>();
    private Predicate<Message> hold = m -> false;
    /** Whether appended events are pushed to subscriptions; off, they are lost to them (a quiet server). */
    public volatile boolean pushes = true;
    public final AtomicInteger subscribes = new AtomicInteger();
    /** The correlation ids of the UnsubscribeFromStream requests served, in order. */
    public final List<UUID> unsubscribes = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> headReads = new HashMap<>();
    private volatile boolean stopped;

    FakeEventServer(FakeCodec codec, FakeTransport transport) {
        this.codec = codec;
        this.transport = transport;
        daemon("fake-server-acceptor", this::accept).start();
    }

    // ---- what tests do --------------------------------------------------------------------------

    /** Appends {@code count} events to {@code stream} and pushes them (unless pushes are off); the last number. */
    public synchronized long append(String stream, int count) {
        subscriptions.removeIf(s -> !s.connection.isOpen());
        List<EventRecord> events = streams.computeIfAbsent(stream, s -> new ArrayList<>());
        for (int i = 0; i < count; i++) {
            EventRecord record = new EventRecord(stream, events.size(), UUID.randomUUID(), "counted", 1, 0,
                    ("{\"n\":" + events.size() + "}").getBytes(), null, null, System.currentTimeMillis());
            events.add(record);
            long position = (all.size() + 1) * 10L;
            WireResolvedEvent event = new WireResolvedEvent(record, null, position, position);
            all.add(event);
            if (pushes) {
                for (Sub sub : subscriptions) {
                    if (sub.stream.isEmpty() || sub.stream.equals(stream)) {
                        sub.connection.deliver(codec.encode(sub.id, null, new StreamEventAppeared(event)));
                    }
                }
            }
        }
        return events.size() - 1;
    }

    /** From now on, requests {@code which} accepts are not answered until {@link #releaseHeld()}. */
    public synchronized void hold(Predicate<Message> which) {
        hold = which;
    }

    /** How many requests wait unanswered. */
    public synchronized int heldCount() {
        return held.size();
    }

    /** Stops holding requests and answers those held on a connection still open. */
    public synchronized void releaseHeld() {
        hold = m -> false;
        for (Held h : held) {
            if (h.connection.isOpen()) {
                answer(h.connection, h.id, h.request);
            }
        }
        held.clear();
    }

    /** Drops every open connection, as a network failure does; the client reconnects. */
    public void dropConnections() {
        List<FakeTransport.Connection> open;
        synchronized (this) {
            open = new ArrayList<>(connections);
            connections.clear();
            subscriptions.clear();
            held.clear();
        }
        open.forEach(FakeTransport.Connection::drop);
    }

    /** How many backward reads of {@code stream} ({@code $all} for $all) the server answered: head reads. */
    public synchronized int headReads(String stream) {
        AtomicInteger count = headReads.get(stream);
        return count == null ? 0 : count.get();
    }

    /** How many volatile subscriptions are live on the server now. */
    public synchronized int liveSubscriptions() {
        subscriptions.removeIf(s -> !s.connection.isOpen());
        return subscriptions.size();
    }

    @Override
    public void close() {
        stopped = true;
    }

    // ---- serving ------------------------------------------------------------------------------

    private void accept() {
        while (!stopped) {
            try {
                FakeTransport.Connection c = transport.connections.poll(20, TimeUnit.MILLISECONDS);
                if (c != null) {
                    synchronized (this) {
                        connections.add(c);
                    }
                    daemon("fake-server-connection", () -> serve(c)).start();
                }
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void serve(FakeTransport.Connection c) {
        while (!stopped && c.isOpen()) {
            try {
                Frame frame = c.sent.poll(20, TimeUnit.MILLISECONDS);
                if (frame != null) {
                    received(c, frame);
                }
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void received(FakeTransport.Connection c, Frame frame) {
        if (frame.command() == TcpCommand.HEARTBEAT_REQUEST) {
            c.deliver(Frame.of(TcpCommand.HEARTBEAT_RESPONSE, frame.correlationId(), null));
            return;
        }
        if (frame.command() == TcpCommand.HEARTBEAT_RESPONSE) {
            return;
        }
        Message request = codec.decode(frame);
        synchronized (this) {
            if (hold.test(request)) {
                held.add(new Held(c, frame.correlationId(), request));
            } else {
                answer(c, frame.correlationId(), request);
            }
        }
    }

    private synchronized void answer(FakeTransport.Connection c, UUID id, Message request) {
        Message reply;
        if (request instanceof IdentifyClient) {
            reply = new ClientIdentified();
        } else if (request instanceof ReadStreamEvents read) {
            if (read.direction() == ReadDirection.BACKWARD) {
                headReads.computeIfAbsent(read.streamId(), k -> new AtomicInteger()).incrementAndGet();
            }
            reply = readStream(read);
        } else if (request instanceof ReadAllEvents read) {
            if (read.direction() == ReadDirection.BACKWARD) {
                headReads.computeIfAbsent("$all", k -> new AtomicInteger()).incrementAndGet();
            }
            reply = readAll(read);
        } else if (request instanceof WriteEvents write) {
            long last = append(write.streamId(), write.events().size());
            reply = new WriteEventsCompleted(OperationResult.SUCCESS, null, last - write.events().size() + 1, last,
                    (long) all.size() * 10, (long) all.size() * 10, null);
        } else if (request instanceof SubscribeToStream subscribe) {
            subscribes.incrementAndGet();
            subscriptions.add(new Sub(c, id, subscribe.streamId()));
            List<EventRecord> events = streams.get(subscribe.streamId());
            Long last = subscribe.streamId().isEmpty() || events == null ? null : (long) events.size() - 1;
            reply = new SubscriptionConfirmation(all.size() * 10L, last);
        } else if (request instanceof UnsubscribeFromStream) {
            unsubscribes.add(id);
            subscriptions.removeIf(s -> s.id.equals(id));
            reply = new SubscriptionDropped(SubscriptionDropReason.UNSUBSCRIBED);
        } else {
            throw new AssertionError("the fake server does not serve " + request);
        }
        c.deliver(codec.encode(id, null, reply));
    }

    private ReadStreamEventsCompleted readStream(ReadStreamEvents read) {
        List<EventRecord> events = streams.get(read.streamId());
        if (events == null) {
            return new ReadStreamEventsCompleted(read.direction(), List.of(), ReadStreamResult.NO_STREAM, -1, -1, true,
                    all.size() * 10L, null);
        }
        int size = events.size();
        List<ResolvedIndexedEvent> page = new ArrayList<>();
        long next;
        boolean end;
        if (read.direction() == ReadDirection.FORWARD) {
            long from = read.fromEventNumber();
            for (long n = from; n < size && page.size() < read.maxCount(); n++) {
                page.add(new ResolvedIndexedEvent(events.get((int) n), null));
            }
            next = Math.max(from, Math.min(from + read.maxCount(), size));
            end = next >= size;
        } else {
            long from = read.fromEventNumber() < 0 ? size - 1 : Math.min(read.fromEventNumber(), size - 1);
            for (long n = from; n >= 0 && page.size() < read.maxCount(); n--) {
                page.add(new ResolvedIndexedEvent(events.get((int) n), null));
            }
            next = from - page.size();
            end = next < 0;
        }
        return new ReadStreamEventsCompleted(read.direction(), page, ReadStreamResult.SUCCESS, next, size - 1, end,
                all.size() * 10L, null);
    }

    private ReadAllEventsCompleted readAll(ReadAllEvents read) {
        List<WireResolvedEvent> page = new ArrayList<>();
        long next;
        if (read.direction() == ReadDirection.FORWARD) {
            for (WireResolvedEvent e : all) {
                if (e.commitPosition() >= read.commitPosition() && page.size() < read.maxCount()) {
                    page.add(e);
                }
            }
            next = page.isEmpty() ? read.commitPosition() : page.get(page.size() - 1).commitPosition() + 1;
        } else {
            for (int i = all.size() - 1; i >= 0 && page.size() < read.maxCount(); i--) {
                if (read.commitPosition() < 0 || all.get(i).commitPosition() < read.commitPosition()) {
                    page.add(all.get(i));
                }
            }
            next = page.isEmpty() ? 0 : page.get(page.size() - 1).commitPosition() - 1;
        }
        return new ReadAllEventsCompleted(read.direction(), read.commitPosition(), read.preparePosition(), page, next, next,
                ReadAllResult.SUCCESS, null);
    }

    private static Thread daemon(String name, Runnable body) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(true);
        return thread;
    }
}
