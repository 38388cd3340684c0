package io.extreme.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What a read or a push hands over: no nulls for "no link" or "no position", value equality. */
class ResolvedEventTest {
    private static final Instant AT = Instant.parse("2026-12-07T12:00:00Z");

    private static RecordedEvent recorded(String stream, long number, String type) {
        return new RecordedEvent(stream, number, new UUID(0, number), type, true, "{}".getBytes(StandardCharsets.UTF_8),
                new byte[0], AT);
    }

    @Test
    void aPlainEventHasNoLinkAndAStreamReadNoPosition() {
        ResolvedEvent plain = new ResolvedEvent(recorded("order-1", 3, "OrderPlaced"), null, null);
        assertThat(plain.link()).isEmpty();
        assertThat(plain.position()).isEmpty();
        assertThat(plain.hasEvent()).isTrue();
        assertThat(plain.isResolved()).isFalse();
        assertThat(plain.originalEventNumber()).isEqualTo(3);
    }

    @Test
    void aResolvedLinkIsReadAsTheLinkInTheStreamThatWasRead() {
        RecordedEvent link = recorded("$ce-order", 7, "$>");
        ResolvedEvent resolved = new ResolvedEvent(recorded("order-1", 3, "OrderPlaced"), link, new Position(10, 9));
        assertThat(resolved.link()).contains(link);
        assertThat(resolved.position()).contains(new Position(10, 9));
        assertThat(resolved.isResolved()).isTrue();
        assertThat(resolved.originalStreamId()).isEqualTo("$ce-order");
        assertThat(resolved.originalEventNumber()).isEqualTo(7);
        assertThat(resolved.toString()).contains("$ce-order@7").contains("order-1@3");
    }

    @Test
    void aLinkWhoseTargetIsGoneHasNoEvent() {
        ResolvedEvent dangling = new ResolvedEvent(null, recorded("$ce-order", 2, "$>"), null);
        assertThat(dangling.hasEvent()).isFalse();
        assertThat(dangling.isResolved()).isFalse();
        assertThat(dangling.originalEvent().eventType()).isEqualTo("$>");
        assertThat(dangling.toString()).contains("(gone)");
    }

    @Test
    void equalityIsByValue() {
        ResolvedEvent a = new ResolvedEvent(recorded("s", 1, "t"), null, new Position(5, 5));
        assertThat(a).isEqualTo(new ResolvedEvent(recorded("s", 1, "t"), null, new Position(5, 5)))
                .hasSameHashCodeAs(new ResolvedEvent(recorded("s", 1, "t"), null, new Position(5, 5)));
        assertThat(a).isNotEqualTo(new ResolvedEvent(recorded("s", 1, "t"), null, null));
    }
}
