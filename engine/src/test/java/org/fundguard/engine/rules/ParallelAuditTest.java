package org.fundguard.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fundguard.engine.rules.Fixtures.DAY_1;
import static org.fundguard.engine.rules.Fixtures.aRegion;
import static org.fundguard.engine.rules.Fixtures.aVisit;
import static org.fundguard.engine.rules.Fixtures.anItem;

import java.util.ArrayList;
import java.util.List;
import org.fundguard.engine.Claim;
import org.fundguard.engine.Finding;
import org.fundguard.engine.Region;
import org.junit.jupiter.api.Test;

class ParallelAuditTest {
    @Test
    void aParallelAuditReportsWhatOneThreadReportsInTheSameOrder() {
        Fixtures.RegionBuilder rb = aRegion().with(anItem("C1").cap(45_00)).with(anItem("D1").drug());
        List<Claim> claims = new ArrayList<>();
        for (int p = 0; p < 3_000; p++) {
            String psn = String.format("P%05d", p);
            rb.with(Fixtures.aPerson(psn));
            claims.add(aVisit(String.format("V%05d", p)).of(psn).on(DAY_1.plusMinutes(p))
                    .withLine(String.format("F%05d", p), p % 7 == 0 ? "C1" : "D1", 1, p % 7 == 0 ? 50_00 : 10_00)
                    .traced("T" + (p % 1_000)).build());
        }
        Region region = rb.build();
        List<PersonClaims> persons = PersonClaims.group(claims.stream().map(Claim::visit).toList(),
                claims.stream().flatMap(c -> c.lines().stream()).toList(),
                claims.stream().flatMap(c -> c.settlements().stream()).toList()).persons();
        Auditor auditor = new Auditor(RuleSet.builtIn(), region);
        List<Finding> one = new ArrayList<>();
        List<Finding> four = new ArrayList<>();

        AuditSummary s1 = auditor.audit(persons, 1, one::add);
        AuditSummary s4 = auditor.audit(persons, 4, four::add);

        assertThat(one).hasSizeGreaterThan(2_000);
        assertThat(four).isEqualTo(one);
        assertThat(s4.total()).isEqualTo(s1.total());
        assertThat(s4.lines()).isEqualTo(3_000);
    }
}
