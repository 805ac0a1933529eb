package org.fundguard.reporting.deadlines;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** What has happened to one report so far, by the date each handling event took place. */
public record ReportTimeline(boolean named, Map<HandlingEvent, LocalDate> events) {
    public ReportTimeline {
        events = events.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(events));
    }

    public static ReportTimeline received(LocalDate on, boolean named) {
        return new ReportTimeline(named, Map.of(HandlingEvent.RECEIVED, on));
    }

    public ReportTimeline then(HandlingEvent event, LocalDate on) {
        Map<HandlingEvent, LocalDate> next = new EnumMap<>(HandlingEvent.class);
        next.putAll(events);
        next.put(event, on);
        return new ReportTimeline(named, next);
    }

    public Optional<LocalDate> on(HandlingEvent event) {
        return Optional.ofNullable(events.get(event));
    }
}
