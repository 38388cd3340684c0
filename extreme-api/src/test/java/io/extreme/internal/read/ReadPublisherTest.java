package io.extreme.internal.read;

import static org.assertj.core.api.Assertions.assertThat;

import io.extreme.error.StreamDeletedException;
import io.extreme.event.ReadStatus;
import io.extreme.event.ResolvedEvent;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Flow;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The publisher of a lazy read: demand drives the pages, signals follow the rules. */
class ReadPublisherTest {
    /** Records the signals; runs {@code onEach} after each onNext. The direct executor makes it all one thread. */
    private static final class Recorder implements Flow.Subscriber<ResolvedEvent> {
        final List<Long> events = new CopyOnWriteArrayList<>();
        final List<Throwable> errors = new CopyOnWriteArrayList<>();
        int completions;
        Flow.Subscription subscription;
        Consumer<Recorder> onEach = r -> { };

        @Override
        public void onSubscribe(Flow.Subscription value) {
            subscription = value;
        }

        @Override
        public void onNext(ResolvedEvent item) {
            events.add(item.originalEventNumber());
            onEach.accept(this);
        }

        @Override
        public void onError(Throwable error) {
            errors.add(error);
        }

        @Override
        public void onComplete() {
            completions++;
        }
    }

    private static Flow.Publisher<ResolvedEvent> publisher(FakeStream fake, int pageSize) {
        return LazyRead.of(fake.pages(), 0L, pageSize, OptionalLong.empty(), Runnable::run).publisher();
    }

    @Test
    void demandOfOneAtATimeFetchesNoPageAhead() {
        FakeStream fake = new FakeStream(35, true);
        Recorder recorder = new Recorder();
        recorder.onEach = r -> {
            assertThat(fake.requests.size()).isLessThanOrEqualTo((r.events.size() - 1) / 10 + 1);
            r.subscription.request(1);
        };
        publisher(fake, 10).subscribe(recorder);
        assertThat(fake.requests).as("no demand yet, no read").isEmpty();
        recorder.subscription.request(1);
        assertThat(recorder.events).hasSize(35).isSorted();
        assertThat(recorder.completions).isEqualTo(1);
        assertThat(recorder.errors).isEmpty();
        assertThat(fake.requests).hasSize(4);
    }

    @Test
    void noMoreIsReadThanAskedFor() {
        FakeStream fake = new FakeStream(100, true);
        Recorder recorder = new Recorder();
        publisher(fake, 10).subscribe(recorder);
        recorder.subscription.request(15);
        assertThat(recorder.events).hasSize(15);
        assertThat(fake.requests).hasSize(2);
        recorder.subscription.cancel();
        recorder.subscription.request(50);
        assertThat(recorder.events).hasSize(15);
        assertThat(fake.requests).hasSize(2);
        assertThat(recorder.completions).isZero();
    }

    @Test
    void aNonPositiveRequestIsAnError() {
        Recorder recorder = new Recorder();
        publisher(new FakeStream(5, true), 10).subscribe(recorder);
        recorder.subscription.request(0);
        assertThat(recorder.errors).singleElement().isInstanceOf(IllegalArgumentException.class);
        recorder.subscription.request(5);
        assertThat(recorder.events).isEmpty();
    }

    @Test
    void aSecondSubscriberIsRefused() {
        Flow.Publisher<ResolvedEvent> publisher = publisher(new FakeStream(5, true), 10);
        publisher.subscribe(new Recorder());
        Recorder second = new Recorder();
        publisher.subscribe(second);
        assertThat(second.subscription).isNotNull();
        assertThat(second.errors).singleElement().isInstanceOf(IllegalStateException.class);
    }

    @Test
    void failuresReachOnError() {
        FakeStream fake = new FakeStream(5, true);
        fake.status = ReadStatus.STREAM_DELETED;
        Recorder recorder = new Recorder();
        publisher(fake, 10).subscribe(recorder);
        recorder.subscription.request(1);
        assertThat(recorder.errors).singleElement().isInstanceOf(StreamDeletedException.class);
    }

    @Test
    void aMissingStreamCompletesAtOnce() {
        FakeStream fake = new FakeStream(5, true);
        fake.status = ReadStatus.NO_STREAM;
        Recorder recorder = new Recorder();
        publisher(fake, 10).subscribe(recorder);
        recorder.subscription.request(1);
        assertThat(recorder.completions).isEqualTo(1);
        assertThat(recorder.events).isEmpty();
    }
}
