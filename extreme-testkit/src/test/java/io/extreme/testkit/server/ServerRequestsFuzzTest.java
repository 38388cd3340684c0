package io.extreme.testkit.server;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.extreme.protocol.v3.V3CodecProvider;
import io.extreme.protocol.v4.V4CodecProvider;
import io.extreme.spi.Frame;
import io.extreme.spi.FrameDecoder;
import io.extreme.spi.MalformedFrameException;
import io.extreme.spi.ProtocolCodec;
import io.extreme.spi.message.BadRequest;
import io.extreme.spi.message.Message;
import io.extreme.testkit.engine.EventStoreEngine;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Timeout;

/**
 * The testkit server's request handling fed any byte stream from a client (issue 18): frames in
 * through the server's own {@link FrameDecoder}, each to a {@link ConnectionSession} as a TCP
 * connection hands them, frames out. What must hold: no exception leaves the session, whatever
 * the command, payload or authentication section; the engine never fails on a request (the
 * session would answer "Error while processing package", which is a testkit bug here); every
 * answer encodes as a frame; and the connection ends cleanly, its session forgotten.
 *
 * <p>The input: one byte choosing the server (its low bit: 3.9.3 or 4.1.4), then the stream.
 * Seeds in {@code ServerRequestsFuzzTestInputs/anyRequestStream}: requests of every command,
 * alone and after IdentifyClient or Authenticate, with and without admin's credentials. One
 * engine per server serves every input, as a testkit serves test after test.
 */
class ServerRequestsFuzzTest {
    private static final SessionHost V3 = host(new V3CodecProvider().codec());
    private static final SessionHost V4 = host(new V4CodecProvider().codec());
    private static final int MAX_FRAME_LENGTH = 64 * 1024;

    private static SessionHost host(ProtocolCodec codec) {
        return new SessionHost(new EventStoreEngine(), codec, HeartbeatSettings.EVENTSTORE);
    }

    /** What the session sent and whether it closed; the engine may send from its own threads. */
    private static final class Recorder implements SessionOutput {
        final List<Message> sent = new ArrayList<>();
        final List<UUID> ids = new ArrayList<>();
        volatile boolean closed;

        @Override
        public synchronized void send(UUID correlationId, Message message) {
            if (!closed) {
                ids.add(correlationId);
                sent.add(message);
            }
        }

        @Override
        public void close(boolean flushFirst, String reason) {
            closed = true;
        }
    }

    @Timeout(10) // per input, in fuzzing mode: Jazzer turns it into libFuzzer's -timeout
    @FuzzTest(maxDuration = "2m")
    void anyRequestStream(byte[] input) {
        if (input.length < 1) {
            return;
        }
        SessionHost host = (input[0] & 1) == 0 ? V3 : V4;
        int before = host.openSessions();
        Recorder output = new Recorder();
        ConnectionSession session = host.open(output, "fuzz");
        FrameDecoder decoder = new FrameDecoder(ByteBuffer.allocate(input.length + 4), 1, MAX_FRAME_LENGTH);
        decoder.buffer().put(input, 1, input.length - 1);
        try {
            decoder.drain(frame -> {
                session.onFrame(frame);
                return !output.closed;
            });
        } catch (MalformedFrameException malformed) {
            session.onBadFrame(malformed.getMessage()); // as the TCP connection does
        }
        session.ended();
        List<Message> sent;
        List<UUID> ids;
        synchronized (output) {
            output.closed = true; // what the engine sends after the end is dropped, as by a closed socket
            sent = List.copyOf(output.sent);
            ids = List.copyOf(output.ids);
        }
        ProtocolCodec codec = host.codec();
        for (int i = 0; i < sent.size(); i++) {
            Message message = sent.get(i);
            if (message instanceof BadRequest bad && bad.reason() != null && bad.reason().startsWith("Error while processing package")) {
                throw new AssertionError("the engine failed: " + bad.reason());
            }
            Frame frame = codec.encode(ids.get(i), null, message); // throws if the server could not send it
            codec.decode(frame);
        }
        if (host.openSessions() > before) {
            throw new AssertionError("the ended session is still open: " + host.openSessions() + " > " + before);
        }
    }
}
