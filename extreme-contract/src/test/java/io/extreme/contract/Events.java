package io.extreme.contract;

import io.extreme.event.EventData;
import io.extreme.event.ResolvedEvent;
import java.util.ArrayList;
import java.util.List;

/** Test events and what to look at in them. */
final class Events {
    private Events() {
    }

    static EventData event(String type, int n) {
        return EventData.json(type, "{\"n\":" + n + "}");
    }

    static List<EventData> events(int count) {
        List<EventData> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(event("counted", i));
        }
        return out;
    }

    static List<Long> numbers(List<ResolvedEvent> events) {
        return events.stream().map(ResolvedEvent::originalEventNumber).toList();
    }
}
