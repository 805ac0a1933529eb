package org.fundguard.engine.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fundguard.engine.models.ScreeningFixtures.at;
import static org.fundguard.engine.models.ScreeningFixtures.drug;
import static org.fundguard.engine.models.ScreeningFixtures.hospital;
import static org.fundguard.engine.models.ScreeningFixtures.run;
import static org.fundguard.engine.models.ScreeningFixtures.visit;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.fundguard.core.Category;
import org.fundguard.core.HospitalLevel;
import org.fundguard.core.MedType;
import org.fundguard.core.SubjectType;
import org.fundguard.engine.Claim;
import org.fundguard.engine.Finding;
import org.fundguard.engine.Region;
import org.junit.jupiter.api.Test;

class DrugSpendSurgeModelTest {
    private static final LocalDateTime JANUARY = at("2024-01-03 09:00");
    private static final int APRIL = 3;

    private final DrugSpendSurgeModel model = DrugSpendSurgeModel.standard();

    private static Region region() {
        ScreeningFixtures.RegionBuilder r = new ScreeningFixtures.RegionBuilder().with(drug("K1").keyMonitored())
                .with(drug("C1"));
        for (int i = 1; i <= 10; i++) {
            r.with(hospital(code(i), HospitalLevel.LEVEL_2));
        }
        return r.build();
    }

    private static String code(int i) {
        return String.format("H%02d", i);
    }

    /**
     * Six months of one hospital: per month {@code visits} visits, {@code keyVisits} of them with a
     * key-monitored drug at 100.00; from April on, {@code visitsFromApril} and {@code keyFromApril}.
     */
    private static List<Claim> hospitalMonths(String inst, int visits, int keyVisits, int visitsFromApril, int keyFromApril) {
        List<Claim> claims = new ArrayList<>();
        for (int m = 0; m < 6; m++) {
            int n = m < APRIL ? visits : visitsFromApril;
            int k = m < APRIL ? keyVisits : keyFromApril;
            for (int v = 0; v < n; v++) {
                ScreeningFixtures.ClaimBuilder b = visit(inst + "-" + m + "-" + v).of("X" + v).at(inst)
                        .type(MedType.GENERAL_OUTPATIENT).on(JANUARY.plusMonths(m).plusHours(v % 8).plusDays(v % 20));
                claims.add((v < k ? b.line("K1", 1, 10_000) : b.line("C1", 1, 2_000)).build());
            }
        }
        return claims;
    }

    private static List<Claim> steadyPeers(int from) {
        List<Claim> claims = new ArrayList<>();
        for (int i = from; i <= 10; i++) {
            claims.addAll(hospitalMonths(code(i), 40, 10 + i % 3, 40, 10 + i % 3));
        }
        return claims;
    }

    static ScreeningFixtures.Case positiveCase() {
        List<Claim> claims = new ArrayList<>(steadyPeers(2));
        claims.addAll(hospitalMonths("H01", 40, 10, 40, 30));
        return new ScreeningFixtures.Case(claims, region());
    }

    @Test
    void flagsAHospitalWhoseKeyDrugSpendTriplesAtAnUnchangedPatientVolume() {
        List<Claim> claims = new ArrayList<>(steadyPeers(2));
        claims.addAll(hospitalMonths("H01", 40, 10, 40, 30));

        List<Finding> findings = run(model, claims, region());

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.category()).isEqualTo(Category.DRUG_SPEND_SURGE);
            assertThat(f.subjectType()).isEqualTo(SubjectType.INSTITUTION);
            assertThat(f.subjectId()).isEqualTo("H01");
            // six months in three parts; the last (May, June): 60 key lines at 100.00 = 6,000.00; at the
            // first part's 25.00 per visit its 80 visits would have cost 2,000.00 (peers flat): 4,000.00
            // surge, 70 % of it paid by the fund
            assertThat(f.amountFen()).isEqualTo(400_000);
            assertThat(f.fundShareFen()).isEqualTo(280_000);
            assertThat(f.evidence()).contains("institutions:H01").hasSize(21);
            assertThat(f.explanation()).contains("最初2个月的2000.00元", "最近2个月的6000.00元", "3.0倍", "80人次");
        });
    }

    @Test
    void doesNotFlagANewDepartmentThatBringsItsPatientsWithIt() {
        List<Claim> claims = new ArrayList<>(steadyPeers(2));
        claims.addAll(hospitalMonths("H01", 40, 10, 120, 30));

        assertThat(run(model, claims, region())).isEmpty();
    }

    @Test
    void doesNotFlagAStrokeUnitWhoseNewPatientsBringTheirKeyDrugsWithThem() {
        List<Claim> claims = new ArrayList<>(steadyPeers(2));
        claims.addAll(hospitalMonths("H01", 40, 10, 40, 10));
        for (int i = 1; i <= 10; i++) {
            // every hospital treats a couple of strokes a month with five days of a listed drug
            for (int m = 0; m < 6; m++) {
                int strokes = i == 1 && m >= APRIL ? 12 : 2;
                for (int k = 0; k < strokes; k++) {
                    claims.add(visit(code(i) + "-STROKE-" + m + "-" + k).of("S" + k).at(code(i)).type(MedType.INPATIENT)
                            .diagnosed("I63.900").on(JANUARY.plusMonths(m).plusDays(k)).line("K1", 5, 10_000).build());
                }
            }
        }

        assertThat(run(model, claims, region())).isEmpty();
    }

    @Test
    void doesNotFlagARiseThatTheWholeRegionShares() {
        List<Claim> claims = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            claims.addAll(hospitalMonths(code(i), 40, 10, 40, 20 + i % 2));
        }

        assertThat(run(model, claims, region())).isEmpty();
    }

    @Test
    void ranksATriplingAboveADoubling() {
        List<Claim> claims = new ArrayList<>(steadyPeers(3));
        claims.addAll(hospitalMonths("H01", 40, 10, 40, 30));
        claims.addAll(hospitalMonths("H02", 40, 10, 40, 20));

        List<Finding> findings = run(model, claims, region());

        assertThat(findings).extracting(Finding::subjectId).containsExactly("H01", "H02");
        assertThat(findings.get(0).score()).isGreaterThan(findings.get(1).score());
    }
}
