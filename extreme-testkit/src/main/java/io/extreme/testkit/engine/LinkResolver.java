package io.extreme.testkit.engine;

import io.extreme.spi.message.ResolvedIndexedEvent;
import io.extreme.spi.message.ReadEventResult;
import java.nio.charset.StandardCharsets;

/**
 * Resolves link events ({@code $>} with data {@code "<number>@<stream>"}, PROTOCOL.md §4.8): a
 * readable target gives the target as the event and the link as the link; a missing, deleted,
 * truncated or malformed target gives the link alone. A target the reader may not read makes the
 * whole read AccessDenied, which callers see as a null answer.
 */
final class LinkResolver {
    private final EventLookup lookup;
    private final AccessChecker access;

    LinkResolver(EventLookup lookup, AccessChecker access) {
        this.lookup = lookup;
        this.access = access;
    }

    /** The event for a reader that asked for resolution, or null when access is denied. */
    ResolvedIndexedEvent resolve(StoredEvent event, Principal reader) {
        if (!event.isLink()) {
            return EventRecords.unresolved(event);
        }
        Target target = parse(event);
        if (target == null) {
            return new ResolvedIndexedEvent(null, EventRecords.toRecord(event));
        }
        if (!access.canRead(reader, target.streamId)) {
            return null;
        }
        return resolveTo(event, target);
    }

    /** The event for a subscription push: access was checked when it subscribed. */
    ResolvedIndexedEvent resolveForPush(StoredEvent event) {
        if (!event.isLink()) {
            return EventRecords.unresolved(event);
        }
        Target target = parse(event);
        return target == null ? new ResolvedIndexedEvent(null, EventRecords.toRecord(event)) : resolveTo(event, target);
    }

    private ResolvedIndexedEvent resolveTo(StoredEvent link, Target target) {
        EventLookup.Found found = lookup.readEvent(target.streamId, target.eventNumber);
        return found.result() == ReadEventResult.SUCCESS
                ? new ResolvedIndexedEvent(EventRecords.toRecord(found.event()), EventRecords.toRecord(link))
                : new ResolvedIndexedEvent(null, EventRecords.toRecord(link));
    }

    private record Target(String streamId, long eventNumber) {
    }

    // Lenient like .NET's long.Parse: surrounding blanks are fine, anything else is not a link.
    private static Target parse(StoredEvent link) {
        String text = new String(link.data(), StandardCharsets.UTF_8);
        int at = text.indexOf('@');
        if (at < 0) {
            return null;
        }
        try {
            long eventNumber = Long.parseLong(text.substring(0, at).trim());
            String streamId = text.substring(at + 1);
            return streamId.isEmpty() || eventNumber < -1 ? null : new Target(streamId, eventNumber);
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
