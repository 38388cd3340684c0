package io.extreme.protocol.v4;

import com.google.protobuf.BytesValue;
import com.google.protobuf.Empty;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import com.google.protobuf.MessageLite;
import com.google.protobuf.Parser;
import com.google.protobuf.UnsafeByteOperations;
import io.extreme.ExtremeClient;
import io.extreme.RawReply;
import io.extreme.CallOptions;
import io.extreme.error.BadRequestException;
import io.extreme.error.ExtremeException;
import io.extreme.error.NotAuthenticatedException;
import io.extreme.error.NotHandledException;
import io.extreme.protocol.core.Wire;
import io.extreme.protocol.core.proto.ClientMessages;
import io.extreme.spi.MalformedFrameException;
import io.extreme.spi.TcpCommand;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Raw access to protocol v4 with its own protobuf messages ({@link ClientMessages}): send any
 * command through {@link ExtremeClient#execute} and get the server's first answer parsed by
 * its command. For tools and tests that need what the typed API does not offer.
 *
 * <p>Answers that are no protobuf message come back as well-known types: Pong as a
 * {@link BytesValue} of the echoed bytes; HeartbeatResponse and Authenticated as {@link Empty}.
 * The server's refusals fail the future with its own text: BadRequest with
 * {@link BadRequestException}, NotAuthenticated with {@link NotAuthenticatedException},
 * NotHandled with {@link NotHandledException} (reason and master's address in the message).
 * A command that gets no answer (acks, naks) completes with {@code null}.
 */
public final class V4Commands {
    private V4Commands() {
    }

    /** Sends {@code request} under {@code command} as the client's user; see {@link #execute(ExtremeClient, int, MessageLite, CallOptions)}. */
    public static CompletableFuture<Message> execute(ExtremeClient client, int command, MessageLite request) {
        return execute(client, command, request, CallOptions.DEFAULTS);
    }

    /**
     * Sends {@code request} under {@code command} and parses the answer by its own command.
     *
     * @param options the frame's user (empty: the client's), the call's timeout and deadline
     */
    public static CompletableFuture<Message> execute(ExtremeClient client, int command, MessageLite request,
            CallOptions options) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(options, "options");
        return client.execute(command, request.toByteArray(), options).thenApply(V4Commands::parse);
    }

    /**
     * As {@link #execute(ExtremeClient, int, MessageLite, CallOptions)}, expecting an answer
     * of type {@code replyType}; any other answer fails the future naming both.
     */
    public static <R extends Message> CompletableFuture<R> execute(ExtremeClient client, int command,
            MessageLite request, CallOptions options, Class<R> replyType) {
        return execute(client, command, request, options).thenApply(reply -> {
            if (reply != null && !replyType.isInstance(reply)) {
                throw new ExtremeException("expected " + replyType.getSimpleName() + " in reply to "
                        + TcpCommand.nameOf(command) + ", got " + reply.getDescriptorForType().getName());
            }
            return replyType.cast(reply);
        });
    }

    /** The answer of {@code frame}, parsed by its command; null for no frame. */
    static Message parse(RawReply frame) {
        if (frame == null) {
            return null;
        }
        byte[] payload = frame.payload();
        switch (frame.command()) {
            case TcpCommand.BAD_REQUEST -> throw new BadRequestException(text(payload));
            case TcpCommand.NOT_AUTHENTICATED -> throw new NotAuthenticatedException(text(payload));
            case TcpCommand.NOT_HANDLED -> throw notHandled(frame);
            case TcpCommand.PONG -> {
                return BytesValue.of(UnsafeByteOperations.unsafeWrap(payload));
            }
            case TcpCommand.HEARTBEAT_RESPONSE, TcpCommand.AUTHENTICATED -> {
                return Empty.getDefaultInstance();
            }
            default -> {
                Parser<? extends Message> parser = ReplyParsers.of(frame.command());
                if (parser == null) {
                    throw new ExtremeException("no protobuf message for reply command " + TcpCommand.nameOf(frame.command()));
                }
                try {
                    return Wire.parseOwned(parser, payload); // the caller keeps it: no views of the payload
                } catch (InvalidProtocolBufferException e) {
                    throw new MalformedFrameException("Could not unwrap network package for command "
                            + TcpCommand.nameOf(frame.command()) + ": " + e.getMessage(), e);
                }
            }
        }
    }

    private static NotHandledException notHandled(RawReply frame) {
        try {
            ClientMessages.NotHandled m = Wire.parse(ClientMessages.NotHandled.parser(), frame.payload());
            StringBuilder text = new StringBuilder("NotHandled: ").append(m.getReason().name());
            if (m.hasAdditionalInfo()) {
                ClientMessages.NotHandled.MasterInfo master = m.getAdditionalInfo();
                text.append(", master at ").append(master.getExternalTcpAddress()).append(':')
                        .append(master.getExternalTcpPort()).append(" (HTTP ").append(master.getExternalHttpAddress())
                        .append(':').append(master.getExternalHttpPort()).append(')');
            }
            return new NotHandledException(text.toString());
        } catch (InvalidProtocolBufferException e) {
            return new NotHandledException("NotHandled with a payload that does not decode", e);
        }
    }

    private static String text(byte[] payload) {
        return new String(payload, StandardCharsets.UTF_8);
    }
}
