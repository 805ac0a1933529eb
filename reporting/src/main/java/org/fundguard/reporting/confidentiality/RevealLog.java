package org.fundguard.reporting.confidentiality;

import java.util.List;

/**
 * Where reveals of reporter identities are recorded. The platform implements it with an append-only
 * table; {@link InMemoryRevealLog} serves tests and the command line. {@link #record} must fail loudly
 * rather than drop an entry: the identity is shown only after the entry is recorded.
 */
public interface RevealLog {
    void record(Reveal reveal);

    List<Reveal> revealsOf(String reportId);
}
