package io.extreme.testkit.transcripts;

import com.google.protobuf.ByteString;
import io.extreme.Endpoint;
import io.extreme.protocol.core.proto.ClientMessages;
import io.extreme.spi.Frame;
import io.extreme.spi.FrameFormat;
import io.extreme.spi.TcpCommand;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * For tests of the runner without the testkit: a tiny TCP server on loopback with scripted
 * answers. It greets every connection with a HeartbeatRequest, answers IdentifyClient, Ping,
 * WriteEvents (positions 100, 200, ...), SubscribeToStream (pushing later writes, and a
 * foreign-stream event before each on {@code $all}), UnsubscribeFromStream (a push of the last
 * written stream first, then the drop); TrustedWrite gets BadRequest and a close, unknown commands BadRequest.
 */
final class ScriptedServer implements AutoCloseable {
    private final ServerSocket server;
    private final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();
    private final AtomicInteger heartbeatsAnswered = new AtomicInteger();
    private volatile long position;
    private volatile String lastStream = "nothing-written";

    private record Subscriber(Client client, UUID corr, ByteString stream) {
    }

    ScriptedServer() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "scripted-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    Endpoint endpoint() {
        return new Endpoint("127.0.0.1", server.getLocalPort());
    }

    /** How many of our HeartbeatRequests came back answered. */
    int heartbeatsAnswered() {
        return heartbeatsAnswered.get();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }

    private void accept() {
        try {
            while (true) {
                Client client = new Client(server.accept());
                Thread reader = new Thread(client::serve, "scripted-client");
                reader.setDaemon(true);
                reader.start();
            }
        } catch (IOException e) {
            // Closed.
        }
    }

    private final class Client {
        private final Socket socket;
        private final OutputStream out;

        Client(Socket socket) throws IOException {
            this.socket = socket;
            this.out = socket.getOutputStream();
        }

        void serve() {
            try {
                send(Frame.of(TcpCommand.HEARTBEAT_REQUEST, UUID.randomUUID(), null));
                DataInputStream in = new DataInputStream(socket.getInputStream());
                while (true) {
                    byte[] prefix = new byte[4];
                    in.readFully(prefix);
                    int length = ByteBuffer.wrap(prefix).order(ByteOrder.LITTLE_ENDIAN).getInt();
                    byte[] body = new byte[length];
                    in.readFully(body);
                    answer(FrameFormat.read(ByteBuffer.wrap(body), length));
                }
            } catch (Exception e) {
                subscribers.removeIf(s -> s.client() == this);
                close();
            }
        }

        private void answer(Frame frame) throws IOException {
            UUID corr = frame.correlationId();
            if (frame.flags() == Frame.FLAG_TRUSTED_WRITE) {
                send(Frame.of(TcpCommand.BAD_REQUEST, corr, utf8("Trusted writes aren't accepted")));
                close();
                return;
            }
            switch (frame.command()) {
                case TcpCommand.HEARTBEAT_RESPONSE -> heartbeatsAnswered.incrementAndGet();
                case TcpCommand.IDENTIFY_CLIENT -> send(Frame.of(TcpCommand.CLIENT_IDENTIFIED, corr, null));
                case TcpCommand.PING -> send(Frame.of(TcpCommand.PONG, corr, frame.payload()));
                case TcpCommand.WRITE_EVENTS -> write(corr, ClientMessages.WriteEvents.parseFrom(frame.payload()));
                case TcpCommand.SUBSCRIBE_TO_STREAM -> {
                    var request = ClientMessages.SubscribeToStream.parseFrom(frame.payload());
                    subscribers.add(new Subscriber(this, corr, request.getEventStreamIdBytes()));
                    send(Frame.of(TcpCommand.SUBSCRIPTION_CONFIRMATION, corr, ClientMessages.SubscriptionConfirmation
                            .newBuilder().setLastCommitPosition(position).build().toByteArray()));
                }
                case TcpCommand.UNSUBSCRIBE_FROM_STREAM -> {
                    send(Frame.of(TcpCommand.STREAM_EVENT_APPEARED, corr, push(lastStream, "late", 100)));
                    send(Frame.of(TcpCommand.SUBSCRIPTION_DROPPED, corr, new byte[0]));
                }
                default -> send(Frame.of(TcpCommand.BAD_REQUEST, corr,
                        utf8("Could not unwrap network package for command " + frame.command() + ".\n")));
            }
        }

        private void write(UUID corr, ClientMessages.WriteEvents request) throws IOException {
            synchronized (ScriptedServer.this) {
                lastStream = request.getEventStreamId();
                writeLocked(corr, request);
            }
        }

        private void writeLocked(UUID corr, ClientMessages.WriteEvents request) throws IOException {
            for (ClientMessages.NewEvent event : request.getEventsList()) {
                position += 100;
                for (Subscriber subscriber : subscribers) {
                    if (subscriber.stream().isEmpty()) {
                        subscriber.client().send(Frame.of(TcpCommand.STREAM_EVENT_APPEARED, subscriber.corr(),
                                push("$stats-node", "stats", position - 50)));
                        subscriber.client().send(Frame.of(TcpCommand.STREAM_EVENT_APPEARED, subscriber.corr(),
                                push(request.getEventStreamId(), event.getData().toStringUtf8(), position)));
                    }
                }
            }
            send(Frame.of(TcpCommand.WRITE_EVENTS_COMPLETED, corr, ClientMessages.WriteEventsCompleted.newBuilder()
                    .setResult(ClientMessages.OperationResult.Success).setFirstEventNumber(0)
                    .setLastEventNumber(request.getEventsCount() - 1).setPreparePosition(position)
                    .setCommitPosition(position).setCurrentVersion(0).build().toByteArray()));
        }

        private byte[] push(String stream, String data, long at) {
            return ClientMessages.StreamEventAppeared.newBuilder().setEvent(ClientMessages.ResolvedEvent.newBuilder()
                    .setCommitPosition(at).setPreparePosition(at)
                    .setEvent(ClientMessages.EventRecord.newBuilder().setEventStreamId(stream).setEventNumber(0)
                            .setEventId(ByteString.copyFrom(new byte[16])).setEventType("t").setDataContentType(0)
                            .setMetadataContentType(0).setData(ByteString.copyFromUtf8(data)).setCreatedEpoch(at)))
                    .build().toByteArray();
        }

        private synchronized void send(Frame frame) throws IOException {
            out.write(FrameFormat.toBytes(frame));
            out.flush();
        }

        private void close() {
            try {
                socket.close();
            } catch (IOException e) {
                // Gone already.
            }
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
