package org.fundguard.reporting.confidentiality;

import java.util.ArrayList;
import java.util.List;

public final class InMemoryRevealLog implements RevealLog {
    private final List<Reveal> entries = new ArrayList<>();

    @Override
    public synchronized void record(Reveal reveal) {
        entries.add(reveal);
    }

    @Override
    public synchronized List<Reveal> revealsOf(String reportId) {
        return entries.stream().filter(r -> r.reportId().equals(reportId)).toList();
    }

    public synchronized List<Reveal> all() {
        return List.copyOf(entries);
    }
}
