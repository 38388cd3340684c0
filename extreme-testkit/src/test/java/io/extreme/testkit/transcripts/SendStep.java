package io.extreme.testkit.transcripts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.InvalidProtocolBufferException;
import io.extreme.UserCredentials;
import io.extreme.spi.Frame;
import io.extreme.spi.TcpCommand;
import io.extreme.testkit.transcripts.Scenario.Step;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;

/**
 * A {@code send} step: builds the frame (command, flags, credentials from {@code auth},
 * correlation id, payload from {@code msg} or a raw payload), records what was sent as the
 * transcript shows it, sends it and records the reply.
 */
final class SendStep {
    private final ScenarioRunner runner;
    private final int number;
    private final Step step;

    SendStep(ScenarioRunner runner, int number, Step step) {
        this.runner = runner;
        this.number = number;
        this.step = step;
    }

    void run() {
        int code = Commands.codeOf(step.send());
        boolean reused = step.corr() != null;
        UUID corr = reused ? runner.corrOf(step.corr()) : UUID.randomUUID();
        if (corr == null) {
            throw new IllegalArgumentException("step " + number + ": corr '" + step.corr() + "' names no earlier step");
        }
        // Opening (or reopening) the connection records its connect entry before this step's.
        ScenarioConnection connection = runner.connection(step.connection());
        ObjectNode entry = runner.entry(number, step);
        ObjectNode send = entry.putObject("send").put("cmd", Commands.nameOf(code));
        if (step.flags() != null) {
            send.put("flags", step.flags());
        }
        UserCredentials credentials = credentials(step.auth());
        if (credentials != null) {
            send.put("auth", credentials.login() + ":" + credentials.password());
        }
        byte[] payload;
        try {
            payload = payload(code, send);
        } catch (Substitutions.UnresolvedReference e) {
            // A run that lost an earlier reply cannot build this request; the difference shows here.
            send.put("error", e.getMessage());
            entry.putArray("recv");
            return;
        }
        if (!reused) {
            runner.registerStep(step.id() != null ? step.id() : "step" + number, corr, step.connection());
        }
        if (code == TcpCommand.SUBSCRIBE_TO_STREAM && send.path("msg").path("event_stream_id").asText("-").isEmpty()) {
            runner.router().subscribedToAll(corr);
        }
        int flags = step.flags() != null ? step.flags() : credentials != null ? Frame.FLAG_AUTHENTICATED : Frame.FLAG_NONE;
        Frame frame = new Frame(code, flags, corr, credentials, payload);
        boolean expectsReply = step.reply() != null ? step.reply() : Commands.expectsReply(code);
        int timeout = step.timeoutMs() != null ? step.timeoutMs() : runner.scenario().replyTimeoutMs();
        int closeWait = step.closeWaitMs() != null ? step.closeWaitMs() : 500;
        Exchange.Result result = runner.exchange().send(connection, frame, reused, expectsReply, timeout,
                step.waitMs(), closeWait);
        entry.set("recv", result.recv());
        if (step.racy()) {
            TranscriptEntries.separateRacy(entry);
        }
        if (step.id() != null && result.reply() != null) {
            JsonNode msg = FrameRenderer.received(result.reply(), null, null).get("msg");
            if (msg != null) {
                runner.substitutions().reply(step.id(), msg);
            }
        }
    }

    /** The payload, also rendered into {@code send} as {@code msg} or {@code payload}. */
    private byte[] payload(int code, ObjectNode send) {
        int given = (step.msg() != null ? 1 : 0) + (step.payloadHex() != null ? 1 : 0) + (step.payloadText() != null ? 1 : 0);
        if (given > 1) {
            throw new IllegalArgumentException("step " + number + ": msg, payload_hex and payload_text exclude each other");
        }
        if (step.payloadHex() != null || step.payloadText() != null) {
            byte[] payload = step.payloadHex() != null ? Json.unhex(step.payloadHex())
                    : runner.substitutions().text(step.payloadText()).getBytes(StandardCharsets.UTF_8);
            if (payload.length > 0) {
                send.set("payload", ByteRendering.render(payload));
            }
            return payload;
        }
        Optional<Descriptor> type = step.messageType() != null
                ? Optional.of(Commands.message(step.messageType())) : Commands.messageOf(code);
        if (type.isEmpty()) {
            if (step.msg() != null) {
                throw new IllegalArgumentException("step " + number + ": " + step.send() + " takes no msg");
            }
            return new byte[0];
        }
        byte[] payload = new MessageEncoder(runner.substitutions()).encode(type.get(), step.msg()).toByteArray();
        if (step.messageType() != null) {
            send.put("message_type", step.messageType());
        }
        try {
            // What went on the wire, read back: the transcript shows the bytes, not the intent.
            send.set("msg", FrameRenderer.message(FrameRenderer.decode(type.get(), payload)));
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalStateException("our own " + type.get().getName() + " does not parse", e);
        }
        return payload;
    }

    /** {@code "admin"} (password changeit), {@code "user:password"} or {@code ["user", "password"]}. */
    static UserCredentials credentials(JsonNode auth) {
        if (auth == null || auth.isNull()) {
            return null;
        }
        if (auth.isArray() && auth.size() == 2) {
            return UserCredentials.of(auth.get(0).asText(), auth.get(1).asText());
        }
        if (!auth.isTextual()) {
            throw new IllegalArgumentException("auth must be a name, \"user:password\" or [user, password]: " + auth);
        }
        String text = auth.asText();
        int colon = text.indexOf(':');
        return colon < 0 ? UserCredentials.of(text, "changeit")
                : UserCredentials.of(text.substring(0, colon), text.substring(colon + 1));
    }
}
