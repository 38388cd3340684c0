package io.extreme.internal.operation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.extreme.error.ExtremeException;
import io.extreme.error.StreamDeletedException;
import io.extreme.error.StreamNotFoundException;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * What a user who waits on a client future sees: the exception the engine failed it with, copied
 * on the waiting thread, so that the stack trace names the caller and a catch of the class still
 * matches.
 */
class ClientFutureTest {

    /** Failed the way the engine fails a call: on a thread of its own, which the copy must not show. */
    private static ClientFuture<String> failedElsewhere(ExtremeException error) throws InterruptedException {
        ClientFuture<String> future = new ClientFuture<>();
        Thread engine = new Thread(() -> future.completeExceptionally(error), "engine");
        engine.start();
        engine.join();
        return future;
    }

    private static boolean mentions(Throwable thrown, String method) {
        return Arrays.stream(thrown.getStackTrace()).anyMatch(frame -> frame.getMethodName().equals(method)
                && frame.getClassName().equals(ClientFutureTest.class.getName()));
    }

    @Test
    void joinThrowsACopyWithTheCallersStack() throws Exception {
        StreamDeletedException original = new StreamDeletedException("orders");
        Throwable thrown = catchThrowable(failedElsewhere(original)::join);

        assertThat(thrown).isInstanceOf(CompletionException.class);
        Throwable copy = thrown.getCause();
        assertThat(copy).isExactlyInstanceOf(StreamDeletedException.class).isNotSameAs(original)
                .hasMessage(original.getMessage()).hasCause(original);
        assertThat(((StreamDeletedException) copy).streamId()).isEqualTo("orders");
        assertThat(mentions(copy, "joinThrowsACopyWithTheCallersStack")).isTrue();
    }

    @Test
    void bothGetsThrowACopyInAnExecutionException() throws Exception {
        StreamNotFoundException original = new StreamNotFoundException("orders");
        ClientFuture<String> future = failedElsewhere(original);

        Throwable plain = catchThrowable(future::get);
        Throwable timed = catchThrowable(() -> future.get(1, TimeUnit.SECONDS));

        for (Throwable thrown : new Throwable[] {plain, timed}) {
            assertThat(thrown).isInstanceOf(ExecutionException.class);
            assertThat(thrown.getCause()).isExactlyInstanceOf(StreamNotFoundException.class).hasCause(original);
            assertThat(mentions(thrown.getCause(), "bothGetsThrowACopyInAnExecutionException")).isTrue();
        }
    }

    @Test
    void composedFuturesAreClientFuturesAndCopyToo() throws Exception {
        StreamDeletedException original = new StreamDeletedException("orders");
        CompletableFuture<Integer> composed = failedElsewhere(original).thenApply(String::length);

        assertThat(composed).isInstanceOf(ClientFuture.class);
        Throwable thrown = catchThrowable(composed::join);
        assertThat(thrown).isInstanceOf(CompletionException.class);
        assertThat(thrown.getCause()).isExactlyInstanceOf(StreamDeletedException.class).hasCause(original);
        assertThat(mentions(thrown.getCause(), "composedFuturesAreClientFuturesAndCopyToo")).isTrue();
    }

    @Test
    void valuesAndCompositionWorkAsUsual() {
        ClientFuture<String> future = new ClientFuture<>();
        CompletableFuture<Integer> length = future.thenApply(String::length);
        future.complete("four");

        assertThat(future.join()).isEqualTo("four");
        assertThat(length.join()).isEqualTo(4);
        assertThat(future.thenCompose(s -> CompletableFuture.completedFuture(s + "!")).join()).isEqualTo("four!");
    }

    @Test
    void anythingButAnExtremeExceptionIsThrownAsItIs() {
        IllegalStateException original = new IllegalStateException("bug");
        ClientFuture<String> future = new ClientFuture<>();
        future.completeExceptionally(original);

        assertThat(catchThrowable(future::join)).isInstanceOf(CompletionException.class).hasCause(original);
        assertThat(catchThrowable(future::get)).isInstanceOf(ExecutionException.class).hasCause(original);
    }

    @Test
    void aForeignSubclassThatCannotCopyItselfIsThrownAsItIs() {
        class Foreign extends ExtremeException {
            Foreign() {
                super("foreign");
            }
        }
        Foreign original = new Foreign();
        ClientFuture<String> future = new ClientFuture<>();
        future.completeExceptionally(original);

        assertThat(catchThrowable(future::join).getCause()).isSameAs(original);
    }

    @Test
    void aDependentCopyCompletesAsItsSourceButNotTheOtherWayRound() {
        CompletableFuture<String> source = new CompletableFuture<>();
        ClientFuture<String> copy = ClientFuture.dependent(source, () -> { });
        copy.obtrudeValue("the user's");
        assertThat(source).as("the engine's").isNotDone();
        source.complete("the server's");
        assertThat(source.join()).isEqualTo("the server's");
    }

    @Test
    void aDependentCopyFailsWithTheSourcesExceptionCopiedForTheCaller() {
        CompletableFuture<String> source = new CompletableFuture<>();
        ClientFuture<String> copy = ClientFuture.dependent(source, () -> { });
        StreamNotFoundException original = new StreamNotFoundException("orders");
        source.completeExceptionally(original);
        Throwable thrown = catchThrowable(copy::join);
        assertThat(thrown).isInstanceOf(CompletionException.class);
        assertThat(thrown.getCause()).isInstanceOf(StreamNotFoundException.class).hasCause(original);
    }

    @Test
    void cancellingTheCopyOrAStageOfItRunsTheCancelActionOnceWhileNotDone() {
        AtomicInteger cancels = new AtomicInteger();
        ClientFuture<String> copy = ClientFuture.dependent(new CompletableFuture<>(), cancels::incrementAndGet);
        CompletableFuture<Integer> stage = copy.thenApply(String::length);
        assertThat(stage.cancel(false)).isTrue();
        assertThat(cancels).as("a stage passes its cancel back, as a transformed future does").hasValue(1);
        assertThat(copy).as("to the copy it comes from").isCancelled();
        assertThat(copy.cancel(true)).isTrue();
        assertThat(cancels).as("the copy's action runs once").hasValue(1);

        ClientFuture<String> other = ClientFuture.dependent(new CompletableFuture<>(), cancels::incrementAndGet);
        assertThat(other.cancel(true)).isTrue();
        assertThat(other.cancel(true)).isTrue();
        assertThat(cancels).as("the copy itself, once").hasValue(2);

        ClientFuture<String> done = ClientFuture.dependent(CompletableFuture.completedFuture("x"), cancels::incrementAndGet);
        assertThat(done.cancel(false)).isFalse();
        assertThat(cancels).as("nothing to withdraw once done").hasValue(2);
    }

    /**
     * A subscription's start confirmed, and a stage composed from it still waiting for something
     * else: cancelling that stage must not withdraw the call (for a subscription: unsubscribe it, or
     * close the catch-up), since the copy it comes from is done.
     */
    @Test
    void cancellingAStageAfterTheCopyIsDoneLeavesTheCallAlone() {
        AtomicInteger cancels = new AtomicInteger();
        CompletableFuture<String> source = new CompletableFuture<>();
        ClientFuture<String> copy = ClientFuture.dependent(source, cancels::incrementAndGet);
        CompletableFuture<Void> elsewhere = new CompletableFuture<>();
        CompletableFuture<Void> stage = copy.thenCompose(confirmed -> elsewhere);
        CompletableFuture<Integer> further = stage.thenApply(v -> 1);
        source.complete("confirmed");

        assertThat(copy).isCompletedWithValue("confirmed");
        assertThat(further.cancel(true)).as("a stage of a stage").isTrue();
        assertThat(stage.cancel(true)).isTrue();
        assertThat(cancels).as("the call was answered: nothing to withdraw").hasValue(0);
        assertThat(copy).isCompletedWithValue("confirmed");
    }

    /**
     * A stage a user keeps (a thenApply of a read, say) must not keep the call's answer alive once
     * the copy it comes from is done: a cancel action that kept the copy, or the operation, would
     * keep every page a program ever read and mapped.
     */
    @Test
    void aStageKeptAliveDoesNotKeepTheAnswerOnceTheCopyIsDone() throws Exception {
        CompletableFuture<Object> source = new CompletableFuture<>();
        Object answer = new byte[1 << 20];
        java.lang.ref.WeakReference<Object> held = new java.lang.ref.WeakReference<>(answer);
        ClientFuture<Object> copy = ClientFuture.dependent(source, () -> { });
        CompletableFuture<Integer> stage = copy.thenApply(value -> 1);
        source.complete(answer);
        assertThat(stage.get(5, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(1);
        answer = null;
        source = null;
        copy = null;
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
        while (held.get() != null && System.nanoTime() < deadline) {
            System.gc();
            java.util.concurrent.locks.LockSupport.parkNanos(java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(20));
        }
        assertThat(held.get()).as("the answer, once only the stage is left").isNull();
        assertThat(stage.join()).isEqualTo(1); // the stage is still reachable up to here
    }
}
