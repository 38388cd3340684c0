package io.extreme.testkit.engine;

import static io.extreme.testkit.engine.EngineHarness.json;
import static io.extreme.testkit.engine.EngineHarness.stream;
import static io.extreme.testkit.engine.EngineHarness.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.extreme.spi.message.NewEvent;
import io.extreme.spi.message.ReadAllEvents;
import io.extreme.spi.message.ReadAllEventsCompleted;
import io.extreme.spi.message.ReadDirection;
import io.extreme.spi.message.ReadEvent;
import io.extreme.spi.message.ReadEventCompleted;
import io.extreme.spi.message.ReadStreamEvents;
import io.extreme.spi.message.ReadStreamEventsCompleted;
import io.extreme.spi.message.ReadStreamResult;
import io.extreme.spi.message.ResolvedIndexedEvent;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Link events and resolve_link_tos, as the read-resolve-links transcript recorded them (PROTOCOL.md §4.8). */
class LinkTest {
    private final EngineHarness h = new EngineHarness();
    private final String s1 = stream("s1");
    private final String s2 = stream("s2");

    private static NewEvent link(String data) {
        return new NewEvent(UUID.randomUUID(), "$>", 0, 0, data.getBytes(StandardCharsets.UTF_8), null);
    }

    private void writeLinks() {
        h.append(s1, -1, json(UUID.randomUUID(), "a", "{\"i\":0}"), json(UUID.randomUUID(), "b", "{\"i\":1}"));
        h.append(s2, -1, link("1@" + s1), link("0@" + s1), link("7@" + s1), link("0@" + stream("s3")),
                link("not a link"));
    }

    private ReadStreamEventsCompleted read(ReadDirection direction, long from, int max, boolean resolve) {
        return h.ask(new ReadStreamEvents(direction, s2, from, max, resolve, true));
    }

    @Test
    void withoutResolutionLinksAreEvents() {
        writeLinks();
        ReadStreamEventsCompleted slice = read(ReadDirection.FORWARD, 0, 10, false);
        assertThat(slice.events()).hasSize(5).allSatisfy(e -> {
            assertThat(e.event().eventType()).isEqualTo("$>");
            assertThat(e.link()).isNull();
        });
    }

    @Test
    void resolutionGivesTargetAndLinkOrTheLinkAlone() {
        writeLinks();
        ReadStreamEventsCompleted slice = read(ReadDirection.FORWARD, 0, 10, true);
        ResolvedIndexedEvent first = slice.events().get(0);
        assertThat(first.event().streamId()).isEqualTo(s1);
        assertThat(first.event().eventNumber()).isEqualTo(1);
        assertThat(first.event().eventType()).isEqualTo("b");
        assertThat(first.link().streamId()).isEqualTo(s2);
        assertThat(first.link().eventNumber()).isZero();
        assertThat(text(first.link().data())).isEqualTo("1@" + s1);
        assertThat(slice.events().get(1).event().eventNumber()).isZero();
        for (int i = 2; i < 5; i++) {
            ResolvedIndexedEvent unresolved = slice.events().get(i);
            assertThat(unresolved.event()).as("event %d", i).isNull();
            assertThat(unresolved.link().eventNumber()).isEqualTo(i);
        }
        ReadStreamEventsCompleted backward = read(ReadDirection.BACKWARD, -1, 2, true);
        assertThat(backward.events()).extracting(e -> e.link().eventNumber()).containsExactly(4L, 3L);
        assertThat(backward.nextEventNumber()).isEqualTo(2);
    }

    @Test
    void readEventResolvesToo() {
        writeLinks();
        ReadEventCompleted resolved = h.ask(new ReadEvent(s2, 0, true, true));
        assertThat(resolved.event().event().eventNumber()).isEqualTo(1);
        assertThat(resolved.event().link().eventNumber()).isZero();
        ReadEventCompleted missing = h.ask(new ReadEvent(s2, 2, true, true));
        assertThat(missing.event().event()).isNull();
        assertThat(missing.event().link().eventNumber()).isEqualTo(2);
        ReadEventCompleted plain = h.ask(new ReadEvent(s2, 3, false, true));
        assertThat(plain.event().event().eventType()).isEqualTo("$>");
        assertThat(plain.event().link()).isNull();
    }

    @Test
    void aTargetTheReaderMayNotReadDeniesTheWholeRead() {
        writeLinks();
        h.setMetadata(s1, "{\"$acl\":{\"$r\":\"$admins\"}}");
        assertThat(read(ReadDirection.FORWARD, 0, 10, true).result()).isEqualTo(ReadStreamResult.ACCESS_DENIED);
        assertThat(read(ReadDirection.FORWARD, 0, 10, false).result()).isEqualTo(ReadStreamResult.SUCCESS);
        assertThat(h.<ReadStreamEventsCompleted>ask(h.admin, new ReadStreamEvents(ReadDirection.FORWARD, s2, 0, 10,
                true, true)).result()).isEqualTo(ReadStreamResult.SUCCESS);
    }

    @Test
    void allReadsResolveAndKeepTheLinksPosition() {
        writeLinks();
        ReadAllEventsCompleted plain = h.ask(h.admin, new ReadAllEvents(ReadDirection.FORWARD, 0, 0, 100, false, true));
        ReadAllEventsCompleted page = h.ask(h.admin, new ReadAllEvents(ReadDirection.FORWARD, 0, 0, 100, true, true));
        assertThat(page.events()).hasSameSizeAs(plain.events());
        var linksPlain = EngineHarness.only(plain, s2);
        var linksResolved = page.events().stream().filter(e -> e.link() != null).toList();
        assertThat(linksResolved).hasSize(5);
        assertThat(linksResolved.get(0).event().streamId()).isEqualTo(s1);
        assertThat(linksResolved.get(0).event().eventNumber()).isEqualTo(1);
        assertThat(linksResolved.get(2).event()).isNull();
        for (int i = 0; i < 5; i++) {
            assertThat(linksResolved.get(i).commitPosition()).isEqualTo(linksPlain.get(i).commitPosition());
            assertThat(linksResolved.get(i).link().eventId()).isEqualTo(linksPlain.get(i).event().eventId());
        }
        h.setMetadata(s1, "{\"$acl\":{\"$r\":\"$admins\"}}");
        ReadAllEventsCompleted denied = h.ask(h.admin, new ReadAllEvents(ReadDirection.FORWARD, 0, 0, 100, true, true));
        assertThat(denied.result()).isNull(); // admins read everything
    }
}
