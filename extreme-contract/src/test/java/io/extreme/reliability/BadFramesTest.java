package io.extreme.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.extreme.ReadOptions;
import io.extreme.event.EventData;
import io.extreme.event.ExpectedVersion;
import io.extreme.event.StreamPosition;
import io.extreme.event.WriteResult;
import io.extreme.spi.MalformedFrameException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Frames a server should never send: each costs the connection, with an error the lifecycle
 * listener hears, and the client recovers on a new connection. The append in flight when it
 * happened is sent again and lands once.
 */
class BadFramesTest {
    private static byte[] prefixOnly(int length) {
        return ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(length).array();
    }

    private static byte[] frame(int command, byte[] payload) {
        return ByteBuffer.allocate(4 + 18 + payload.length).order(ByteOrder.LITTLE_ENDIAN)
                .putInt(18 + payload.length).put((byte) command).put((byte) 0)
                .put(new byte[16]).put(payload).array();
    }

    private void recoversFrom(String fault, Consumer<FaultRig> inject, boolean costsAnError) {
        try (FaultRig rig = new FaultRig(b -> b)) {
            String stream = FaultRig.stream("bad-frames");
            FaultRig.get(rig.client.append(stream, EventData.json("before", "{}")));
            long before = System.nanoTime();
            long heapBefore = usedHeap();
            inject.accept(rig);
            Lifecycles.Event lost = rig.lifecycle.await("disconnected", before);
            if (costsAnError) {
                assertThat(lost.cause()).isInstanceOf(MalformedFrameException.class);
                assertThat(rig.lifecycle.await("error", before).cause()).isInstanceOf(MalformedFrameException.class);
            }
            UUID id = UUID.randomUUID();
            WriteResult after = FaultRig.get(rig.client.append(stream, EventData.json("after", "{}").withEventId(id)));
            assertThat(after).isNotNull();
            assertThat(rig.readAll(stream)).extracting(e -> e.event().eventType()).containsExactly("before", "after");
            Figures.report("Bad frame: " + fault, "connection closed (" + lost.cause().getMessage() + "), recovered; heap grew "
                    + Math.max(0, (usedHeap() - heapBefore) / (1024 * 1024)) + " MiB");
        }
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    @Test
    void aHugeLengthPrefixIsRefusedWithoutAllocatingIt() {
        recoversFrom("length prefix of 2 GiB", rig -> rig.proxy.injectToClients(prefixOnly(Integer.MAX_VALUE)), true);
    }

    @Test
    void aNegativeLengthPrefixIsRefused() {
        recoversFrom("negative length prefix", rig -> rig.proxy.injectToClients(prefixOnly(-1)), true);
    }

    @Test
    void aFrameShorterThanItsHeaderIsRefused() {
        recoversFrom("length 5, shorter than a header", rig -> rig.proxy.injectToClients(
                ByteBuffer.allocate(9).order(ByteOrder.LITTLE_ENDIAN).putInt(5).put(new byte[5]).array()), true);
    }

    @Test
    void anUnknownCommandCostsTheConnection() {
        recoversFrom("unknown command 0x77", rig -> rig.proxy.injectToClients(frame(0x77, new byte[] {1, 2, 3})), true);
    }

    @Test
    void aCorruptProtobufReplyCostsTheConnectionAndTheAppendIsSentAgainOnce() {
        try (FaultRig rig = new FaultRig(b -> b)) {
            String stream = FaultRig.stream("corrupt-reply");
            FaultRig.get(rig.client.readStreamSlice(stream, StreamPosition.of(0), ReadOptions.forward().withPageSize(1)));
            long before = System.nanoTime();
            rig.proxy.corruptNextPayload();
            CompletableFuture<WriteResult> append = rig.client.append(stream, EventData.json("once", "{}"));
            assertThat(FaultRig.get(append).nextExpectedVersion()).isZero();
            Lifecycles.Event error = rig.lifecycle.await("error", before);
            assertThat(error.cause()).isInstanceOf(MalformedFrameException.class);
            assertThat(rig.readAll(stream)).as("written once").hasSize(1);
            Figures.report("Bad frame: corrupt protobuf payload", "connection closed (" + error.cause().getMessage()
                    + "), append re-sent, in the stream once");
        }
    }

    @Test
    void aFrameCutInTheMiddleIsNotMistakenForAnAnswer() {
        try (FaultRig rig = new FaultRig(b -> b)) {
            String stream = FaultRig.stream("cut-mid-frame");
            FaultRig.get(rig.client.readStreamSlice(stream, StreamPosition.of(0), ReadOptions.forward().withPageSize(1)));
            long before = System.nanoTime();
            rig.proxy.cutMidFrame();
            WriteResult written = FaultRig.get(rig.client.append(stream, EventData.json("once", "{}")));
            assertThat(written.nextExpectedVersion()).isZero();
            rig.lifecycle.await("disconnected", before);
            assertThat(rig.readAll(stream)).as("written once").hasSize(1);
            Figures.report("Cut in the middle of a frame", "reconnected, append re-sent, in the stream once");
        }
    }
}
