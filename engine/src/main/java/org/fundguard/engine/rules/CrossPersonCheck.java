package org.fundguard.engine.rules;

import java.util.List;
import org.fundguard.engine.Finding;

/**
 * A rule that needs more than one person: it observes every person's audited claims, keeps the small
 * state it needs, and reports when the stream ends. Parallel audits keep one per worker and merge them.
 */
interface CrossPersonCheck {
    void observe(PersonAudit a);

    /** Takes over what another instance (of the same rule) observed. */
    void absorb(CrossPersonCheck other);

    List<Finding> finish();
}
