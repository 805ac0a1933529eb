package org.fundguard.synth.inject;

import java.util.List;
import org.fundguard.synth.Injection;

/**
 * Every category's injection. Institution-level ones come first so the visit-level ones can keep
 * off the institutions they changed.
 */
public final class Injections {
    private Injections() {
    }

    public static List<Injection> all() {
        return List.of(
                new CapacityExceeded(),
                new PharmacistAbsent(),
                new ItemSwap(),
                new ExcessiveService(),
                new DrugSpendSurge(),
                new CardHarvest(),
                new FakeAdmission(),
                new UnnecessaryAdmission(),
                new BedHanging(),
                new SplitAdmission(),
                new DuplicateCharge(),
                new Unbundling(),
                new OverPrice(),
                new OverQuantity(),
                new RestrictionBreach(),
                new DeceasedClaim(),
                new IdentityMisuse(),
                new EvoucherCashout(),
                new DrugResale(),
                new TraceCodeReuse(),
                new UnqualifiedPractitioner(),
                new DoubleReimbursement(),
                new CollusionRing());
    }
}
