package io.extreme.testkit.transcripts;

import io.extreme.Endpoint;
import io.extreme.spi.Frame;
import io.extreme.spi.FrameFormat;
import io.extreme.spi.MalformedFrameException;
import io.extreme.spi.TcpCommand;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.concurrent.BlockingQueue;

/**
 * One client connection of a scenario run, over a real socket. A reader thread puts every
 * received frame, and the close, into the run's inbox, except the server's HeartbeatRequests:
 * those it answers at once and never reports (a transcript does not depend on heartbeat
 * timing).
 */
final class ScenarioConnection implements AutoCloseable {
    /**
     * What a connection reports: a frame, or (frame null) the end of the connection, with a
     * problem when the server broke the framing.
     */
    record Incoming(ScenarioConnection source, Frame frame, String problem) {
        boolean closed() {
            return frame == null;
        }

        String conn() {
            return source.name();
        }
    }

    private final String name;
    private final Socket socket;
    private final OutputStream out;
    private final BlockingQueue<Incoming> inbox;
    private volatile boolean closedByClient;
    private volatile boolean open = true;

    private ScenarioConnection(String name, Socket socket, BlockingQueue<Incoming> inbox) throws IOException {
        this.name = name;
        this.socket = socket;
        this.out = socket.getOutputStream();
        this.inbox = inbox;
        Thread reader = new Thread(this::read, "transcripts-" + name);
        reader.setDaemon(true);
        reader.start();
    }

    /** Connects to {@code endpoint} (loopback only in tests) and starts reading. */
    static ScenarioConnection open(String name, Endpoint endpoint, BlockingQueue<Incoming> inbox) throws IOException {
        Socket socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.connect(new InetSocketAddress(endpoint.host(), endpoint.port()), 5_000);
        return new ScenarioConnection(name, socket, inbox);
    }

    String name() {
        return name;
    }

    /** False once either side closed the connection. */
    boolean isOpen() {
        return open;
    }

    /** Writes {@code frame} with its length prefix. */
    void send(Frame frame) throws IOException {
        write(FrameFormat.toBytes(frame));
    }

    /** Writes bytes as they are, length prefix included or not. */
    synchronized void write(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    /** Closes the socket; the close is not reported, since the client asked for it. */
    @Override
    public void close() {
        closedByClient = true;
        open = false;
        try {
            socket.close();
        } catch (IOException e) {
            // Closing is all we wanted.
        }
    }

    private void read() {
        String problem = null;
        try {
            DataInputStream in = new DataInputStream(socket.getInputStream());
            byte[] prefix = new byte[FrameFormat.LENGTH_PREFIX];
            while (true) {
                in.readFully(prefix);
                int length = ByteBuffer.wrap(prefix).order(ByteOrder.LITTLE_ENDIAN).getInt();
                if (length < FrameFormat.HEADER || length > FrameFormat.DEFAULT_MAX_FRAME_LENGTH) {
                    problem = "the server sent a frame length of " + length;
                    break;
                }
                byte[] body = new byte[length];
                in.readFully(body);
                Frame frame = FrameFormat.read(ByteBuffer.wrap(body), length);
                if (frame.command() == TcpCommand.HEARTBEAT_REQUEST) {
                    send(Frame.of(TcpCommand.HEARTBEAT_RESPONSE, frame.correlationId(), null));
                } else {
                    inbox.add(new Incoming(this, frame, null));
                }
            }
        } catch (EOFException e) {
            // The server closed the socket.
        } catch (MalformedFrameException e) {
            problem = "the server sent a malformed frame: " + e.getMessage();
        } catch (IOException e) {
            if (!closedByClient) {
                problem = null; // a reset is a close as far as a transcript goes
            }
        }
        open = false;
        if (!closedByClient) {
            inbox.add(new Incoming(this, null, problem));
            try {
                socket.close();
            } catch (IOException e) {
                // Already gone.
            }
        }
    }
}
