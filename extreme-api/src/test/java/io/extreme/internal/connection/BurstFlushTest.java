package io.extreme.internal.connection;

import static org.assertj.core.api.Assertions.assertThat;

import io.extreme.Endpoint;
import io.extreme.spi.Frame;
import io.extreme.spi.TransportConnection;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.junit.jupiter.api.Test;

/**
 * No frame the engine writes is left without a flush: one flush behind a run of frames, after the
 * tasks already queued; the first connection's frames go when a run moves to another; and at
 * once when the engine no longer takes tasks.
 */
class BurstFlushTest {
    /** What the connections were asked to do, in order, across all of them. */
    private final List<String> calls = new ArrayList<>();
    /** The engine's queue, run by the test. */
    private final Queue<Runnable> engine = new ArrayDeque<>();

    private TransportConnection connection(String name) {
        return new TransportConnection() {
            @Override
            public void send(Frame frame) {
                calls.add(name + " send " + frame.command());
            }

            @Override
            public void write(Frame frame) {
                calls.add(name + " write " + frame.command());
            }

            @Override
            public void flush() {
                calls.add(name + " flush");
            }

            @Override
            public void close() {
            }

            @Override
            public boolean isOpen() {
                return true;
            }

            @Override
            public void suspendReading() {
            }

            @Override
            public void resumeReading() {
            }

            @Override
            public long lastReceivedNanos() {
                return 0;
            }

            @Override
            public boolean isWritable() {
                return true;
            }

            @Override
            public Endpoint remote() {
                return new Endpoint("127.0.0.1", 1113);
            }
        };
    }

    private static Frame frame(int command) {
        return Frame.of(command, UUID.randomUUID(), new byte[0]);
    }

    private void runEngine() {
        Runnable task;
        while ((task = engine.poll()) != null) {
            task.run();
        }
    }

    @Test
    void aRunOfFramesIsFlushedOnceBehindTheTasksAlreadyQueued() {
        BurstFlush burst = new BurstFlush(engine::add);
        TransportConnection a = connection("a");
        engine.add(() -> calls.add("task queued before"));

        burst.write(a, frame(1));
        burst.write(a, frame(2));
        burst.write(a, frame(3));
        assertThat(calls).containsExactly("a write 1", "a write 2", "a write 3");
        runEngine();

        assertThat(calls).containsExactly("a write 1", "a write 2", "a write 3", "task queued before", "a flush");
        burst.write(a, frame(4));
        runEngine();
        assertThat(calls).endsWith("a write 4", "a flush");
    }

    @Test
    void aRunThatMovesToAnotherConnectionFlushesTheFirstAndThenTheSecond() {
        BurstFlush burst = new BurstFlush(engine::add);
        TransportConnection a = connection("a");
        TransportConnection b = connection("b");

        burst.write(a, frame(1));
        burst.write(b, frame(2));
        burst.write(a, frame(3));
        runEngine();

        assertThat(calls).containsExactly("a write 1", "b write 2", "a flush", "a write 3", "b flush", "a flush");
        assertThat(engine).isEmpty();
    }

    @Test
    void anEngineThatTakesNoMoreTasksFlushesAtOnce() {
        Executor closed = task -> {
            throw new RejectedExecutionException("engine stopped");
        };
        BurstFlush burst = new BurstFlush(closed);

        burst.write(connection("a"), frame(1));
        burst.write(connection("b"), frame(2));

        assertThat(calls).containsExactly("a write 1", "a flush", "b write 2", "b flush");
    }
}
