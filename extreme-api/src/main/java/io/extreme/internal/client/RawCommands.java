package io.extreme.internal.client;

import io.extreme.RawReply;
import io.extreme.UserCredentials;
import io.extreme.internal.operation.RawOperation;
import java.util.concurrent.CompletableFuture;

/**
 * A command the client has no method for, sent as the caller encoded it ({@code execute}).
 * Apart from {@link ClientView} because it bypasses the codec: its own checks (a command byte, a
 * payload that fits a frame) and its own answer (the frame, not a decoded message).
 */
final class RawCommands {
    private RawCommands() {
    }

    /** @param frameCredentials the credentials of this frame, or {@code null} for the view's */
    static CompletableFuture<RawReply> execute(ClientView client, int command, byte[] payload, UserCredentials frameCredentials) {
        if (command < 0 || command > 255) {
            throw new IllegalArgumentException("command must be 0..255, was " + command);
        }
        Arguments.notNull(payload, "payload");
        int maxFrameLength = client.core().settings.maxFrameLength();
        if (payload.length > maxFrameLength - 1024) {
            throw new IllegalArgumentException("payload is " + payload.length + " bytes, more than a frame may carry (maxFrameLength "
                    + maxFrameLength + ")");
        }
        return client.submit(new RawOperation(command, payload, frameCredentials != null ? frameCredentials : client.credentials()))
                .thenApply(frame -> frame == null ? null : new RawReply(frame.command(), frame.correlationId(), frame.payload()));
    }
}
