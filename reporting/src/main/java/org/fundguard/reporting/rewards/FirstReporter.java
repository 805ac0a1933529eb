package org.fundguard.reporting.rewards;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * When several people report the same facts, the reward goes to the first (奖励首先举报人). First means
 * earliest received; equal instants (a batch entered by hand) fall back to the registration number.
 */
public final class FirstReporter {
    private FirstReporter() {
    }

    public record Submission(String reportId, Instant receivedAt) {
    }

    public static Optional<Submission> of(Collection<Submission> sameFacts) {
        return sameFacts.stream()
                .min(Comparator.comparing(Submission::receivedAt).thenComparing(Submission::reportId));
    }
}
