package org.fundguard.engine.models;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.fundguard.core.MedType;
import org.fundguard.engine.Claim;

/**
 * How often a diagnosis leads to admission in this region: inpatient stays over all medical visits
 * with that main-diagnosis prefix. A diagnosis that is nearly always treated as an outpatient is
 * mild by the region's own practice (低标准入院), whatever its code; mutable only inside the fold.
 */
final class AdmissionPropensity implements Serializable {
    private final Map<String, long[]> counts = new HashMap<>();
    private final int prefixLength;

    AdmissionPropensity(int prefixLength) {
        this.prefixLength = prefixLength;
    }

    void add(Claim claim) {
        MedType type = claim.visit().medType();
        if (type == MedType.PHARMACY_PURCHASE || type == null) {
            return;
        }
        long[] c = counts.computeIfAbsent(Diagnoses.prefix(claim.visit().mainDiag(), prefixLength), k -> new long[2]);
        c[1]++;
        if (claim.visit().isInpatient()) {
            c[0]++;
        }
    }

    AdmissionPropensity merge(AdmissionPropensity other) {
        other.counts.forEach((k, v) -> counts.merge(k, v, (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]}));
        return this;
    }

    /** Share of the diagnosis' visits that were admissions; NaN when the diagnosis is too rare to tell. */
    double of(String diagnosis, int minVisits) {
        long[] c = counts.get(Diagnoses.prefix(diagnosis, prefixLength));
        if (c == null || c[1] < minVisits) {
            return Double.NaN;
        }
        return c[0] / (double) c[1];
    }

    int prefixLength() {
        return prefixLength;
    }
}
