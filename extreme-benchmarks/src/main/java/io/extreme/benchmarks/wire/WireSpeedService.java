package io.extreme.benchmarks.wire;

import io.extreme.spi.FrameFormat;
import io.extreme.spi.TcpCommand;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * What the wire-speed server answers, frame by frame, without building or parsing a protobuf
 * message: the handshake and liveness commands, writes, forward reads of the one stream, and
 * volatile subscriptions with their pushes; BadRequest to anything else. Runs on the loop's
 * thread; every number it keeps is a plain field.
 */
final class WireSpeedService implements FrameHandler {
    /** Pushes written to one connection per loop turn when pushing as fast as the socket takes. */
    static final int PUSH_BATCH_BYTES = 64 * 1024;
    /** Subscriptions one connection may hold; one more is dropped at once (SubscriberMaxCountReached). */
    static final int MAX_SUBSCRIPTIONS = 1024;
    private static final String ALL_STREAM_EVENTS = "wire-speed-all";

    private final WireOptions options;
    private final EventLayout layout = new EventLayout(System.currentTimeMillis());
    private final PageBuilder pages;
    private final WriteNumbers writes;
    private final ReplyBook replies = new ReplyBook();
    private final RequestFields fields = new RequestFields();
    private final byte[] streamConfirmation;
    private final byte[] allConfirmation;

    WireSpeedService(WireOptions options) {
        this.options = options;
        this.pages = new PageBuilder(layout, options.streamLength());
        this.writes = new WriteNumbers(EventLayout.position(options.streamLength()));
        ByteBuffer confirmation = ByteBuffer.allocate(32);
        ProtoBytes.putNumber(confirmation, 1, pages.lastCommitPosition());
        allConfirmation = Arrays.copyOf(confirmation.array(), confirmation.position());
        ProtoBytes.putNumber(confirmation, 2, options.streamLength() - 1);
        streamConfirmation = Arrays.copyOf(confirmation.array(), confirmation.position());
    }

    @Override
    public boolean onFrame(WireConnection connection, ByteBuffer in, int frame, int length, int payload) {
        int command = in.get(frame + FrameFormat.LENGTH_PREFIX) & 0xFF;
        int end = frame + FrameFormat.LENGTH_PREFIX + length;
        return switch (command) {
            case TcpCommand.HEARTBEAT_REQUEST -> ReplyBook.reply(connection, in, frame, TcpCommand.HEARTBEAT_RESPONSE, ReplyBook.EMPTY);
            case TcpCommand.HEARTBEAT_RESPONSE -> true;
            case TcpCommand.PING -> ReplyBook.echo(connection, in, frame, TcpCommand.PONG, payload, end - payload);
            case TcpCommand.IDENTIFY_CLIENT -> ReplyBook.reply(connection, in, frame, TcpCommand.CLIENT_IDENTIFIED, ReplyBook.EMPTY);
            case TcpCommand.AUTHENTICATE -> ReplyBook.reply(connection, in, frame, TcpCommand.AUTHENTICATED, ReplyBook.EMPTY);
            case TcpCommand.WRITE_EVENTS -> write(connection, in, frame, payload, end);
            case TcpCommand.READ_STREAM_EVENTS_FORWARD -> read(connection, in, frame, payload, end);
            case TcpCommand.SUBSCRIBE_TO_STREAM -> subscribe(connection, in, frame, payload, end);
            case TcpCommand.UNSUBSCRIBE_FROM_STREAM -> unsubscribe(connection, in, frame);
            default -> replies.badRequest(connection, in, frame, command);
        };
    }

    /** WriteEventsCompleted, Success, the events numbered on from the stream's counter. */
    private boolean write(WireConnection connection, ByteBuffer in, int frame, int payload, int end) {
        if (!fields.scan(in, payload, end) || !fields.hasStream()) {
            return replies.badRequest(connection, in, frame, TcpCommand.WRITE_EVENTS);
        }
        long[] counter = writes.counter(fields.streamKey(in));
        int events = fields.field3Count;
        long first = counter[0];
        long last = first + events - 1;
        // A real server gives the last event's position as both prepare and commit position.
        long position = writes.logEnd() + Math.max(0, events - 1) * EventLayout.RECORD_BYTES;
        int size = 2 + ProtoBytes.numberSize(first) + ProtoBytes.numberSize(last) + 2 * ProtoBytes.numberSize(position);
        ByteBuffer out = connection.reserve(ReplyBook.HEADER_BYTES + size);
        if (out == null) {
            return false;
        }
        ReplyBook.putHeader(out, TcpCommand.WRITE_EVENTS_COMPLETED, size, in, frame);
        ProtoBytes.putNumber(out, 1, 0); // Success
        ProtoBytes.putNumber(out, 3, first);
        ProtoBytes.putNumber(out, 4, last);
        ProtoBytes.putNumber(out, 5, position);
        ProtoBytes.putNumber(out, 6, position);
        counter[0] += events;
        writes.advance(events);
        return true;
    }

    private boolean read(WireConnection connection, ByteBuffer in, int frame, int payload, int end) {
        if (!fields.scan(in, payload, end) || !fields.hasStream() || fields.field2 < 0) {
            return replies.badRequest(connection, in, frame, TcpCommand.READ_STREAM_EVENTS_FORWARD);
        }
        byte[] page = pages.page(fields.streamKey(in), fields.field2, fields.field3);
        return ReplyBook.reply(connection, in, frame, TcpCommand.READ_STREAM_EVENTS_FORWARD_COMPLETED, page);
    }

    /** SubscriptionConfirmation at the read stream's last event; pushes number on after it. */
    private boolean subscribe(WireConnection connection, ByteBuffer in, int frame, int payload, int end) {
        if (!fields.scan(in, payload, end) || !fields.hasStream()) {
            return replies.badRequest(connection, in, frame, TcpCommand.SUBSCRIBE_TO_STREAM);
        }
        if (connection.subscriptions.size() >= MAX_SUBSCRIPTIONS) {
            return ReplyBook.reply(connection, in, frame, TcpCommand.SUBSCRIPTION_DROPPED, ReplyBook.TOO_MANY_SUBSCRIBERS);
        }
        boolean all = fields.streamLength == 0; // an empty stream id subscribes to $all
        byte[] stream = (all ? ALL_STREAM_EVENTS : fields.streamKey(in)).getBytes(StandardCharsets.ISO_8859_1);
        if (!ReplyBook.reply(connection, in, frame, TcpCommand.SUBSCRIPTION_CONFIRMATION, all ? allConfirmation : streamConfirmation)) {
            return false;
        }
        connection.subscriptions.add(new LiveSubscription(layout, stream, in, frame, options.streamLength(), System.nanoTime()));
        return true;
    }

    /** SubscriptionDropped, Unsubscribed, under the subscription's correlation id. */
    private boolean unsubscribe(WireConnection connection, ByteBuffer in, int frame) {
        if (!ReplyBook.reply(connection, in, frame, TcpCommand.SUBSCRIPTION_DROPPED, ReplyBook.UNSUBSCRIBED)) {
            return false;
        }
        connection.subscriptions.removeIf(subscription -> subscription.madeBy(in, frame));
        return true;
    }

    @Override
    public long pump(WireConnection connection, long now) {
        List<LiveSubscription> subscriptions = connection.subscriptions;
        if (subscriptions.isEmpty()) {
            return Long.MAX_VALUE;
        }
        long rate = options.pushRate();
        if (rate == 0) {
            // As fast as the socket takes: a batch only once it took the last one.
            if (!connection.pending()) {
                for (LiveSubscription subscription : subscriptions) {
                    for (int bytes = 0; bytes < PUSH_BATCH_BYTES && pushOne(connection, subscription); ) {
                        bytes += subscription.frameBytes();
                    }
                }
            }
            return now;
        }
        long wake = Long.MAX_VALUE;
        for (LiveSubscription subscription : subscriptions) {
            for (long due = subscription.due(now, rate); due > 0 && pushOne(connection, subscription); due--) {
                // one push per turn of this loop
            }
            wake = Math.min(wake, subscription.nextDue(rate));
        }
        return wake;
    }

    private boolean pushOne(WireConnection connection, LiveSubscription subscription) {
        ByteBuffer out = connection.reserve(subscription.frameBytes());
        if (out == null) {
            return false;
        }
        subscription.push(out, writes.logEnd());
        writes.advance(1);
        return true;
    }
}
