package org.fundguard.enforcement.sanctions;

import java.util.List;
import java.util.Optional;

/**
 * Every sanction an article allows for a loss, with its bounds.
 *
 * @param article   the article applied (after a fraud redirection: 38 with fraud is decided under 40)
 * @param requested the article asked for
 * @param notes     why the applied article differs, or other remarks, in Chinese
 */
public record LawfulRange(Article article, String requested, long lossFen, boolean fraud, List<SanctionRange> sanctions,
        List<String> notes) {

    public LawfulRange {
        sanctions = List.copyOf(sanctions);
        notes = List.copyOf(notes);
    }

    public Optional<SanctionRange> find(SanctionKind kind) {
        return sanctions.stream().filter(s -> s.kind() == kind).findFirst();
    }
}
