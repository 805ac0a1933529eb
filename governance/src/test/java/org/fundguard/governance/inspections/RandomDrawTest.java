package org.fundguard.governance.inspections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fundguard.governance.inspections.Targets.bureauStaff;
import static org.fundguard.governance.inspections.Targets.inspector;
import static org.fundguard.governance.inspections.Targets.stratum;
import static org.fundguard.governance.inspections.Targets.target;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.fundguard.governance.credit.CreditGrade;
import org.junit.jupiter.api.Test;

class RandomDrawTest {
    private static final DrawRatios RATIOS = DrawRatios.defaults();
    private static final Directory SAMPLE = SampleDirectory.generate(7, 150, 30);

    private static Draw draw(Directory d, String seed) {
        return RandomDraw.draw(d, List.of(), RATIOS, 2, seed);
    }

    @Test
    void sameSeedAndSnapshotGiveTheIdenticalDraw() {
        Draw first = draw(SAMPLE, "2025-03-01 福彩3D 123");
        Draw again = draw(SampleDirectory.generate(7, 150, 30), "2025-03-01 福彩3D 123");

        assertThat(again).isEqualTo(first);
        assertThat(again.snapshotSha256()).isEqualTo(first.snapshotSha256()).hasSize(64);
    }

    @Test
    void aDifferentSeedDrawsDifferentTargetsOrTeams() {
        Draw a = draw(SAMPLE, "seed-1");
        Draw b = draw(SAMPLE, "seed-2");

        assertThat(b.snapshotSha256()).isEqualTo(a.snapshotSha256());
        assertThat(b.assignments()).isNotEqualTo(a.assignments());
        assertThat(b.pairings()).isNotEqualTo(a.pairings());
    }

    @Test
    void theOrderOfTheDirectoryRowsDoesNotChangeTheDraw() {
        List<InspectionTarget> targets = new ArrayList<>(SAMPLE.targets());
        List<Inspector> inspectors = new ArrayList<>(SAMPLE.inspectors());
        Collections.shuffle(targets, new Random(1));
        Collections.shuffle(inspectors, new Random(2));
        List<Pairing> previous = draw(SAMPLE, "last year").pairings();
        List<Pairing> shuffledPrevious = new ArrayList<>(previous);
        Collections.shuffle(shuffledPrevious, new Random(3));

        Draw ordered = RandomDraw.draw(SAMPLE, previous, RATIOS, 2, "s");
        Draw shuffled = RandomDraw.draw(new Directory(targets, inspectors), shuffledPrevious, RATIOS, 2, "s");

        assertThat(shuffled).isEqualTo(ordered);
    }

    @Test
    void avoidanceIsNeverViolatedOver500Seeds() {
        List<Pairing> lastYear = draw(SAMPLE, "last year").pairings();
        Set<Pairing> forbidden = new HashSet<>(lastYear);
        Map<String, Inspector> byId = new HashMap<>();
        SAMPLE.inspectors().forEach(i -> byId.put(i.id(), i));
        int checkedTeams = 0;
        int conflictsInDirectory = 0;
        for (int seed = 0; seed < 500; seed++) {
            Draw d = RandomDraw.draw(SAMPLE, lastYear, RATIOS, 2, Integer.toString(seed));
            for (Draw.Assignment a : d.assignments()) {
                InspectionTarget t = a.target();
                assertThat(a.inspectors()).hasSize(2).doesNotHaveDuplicates();
                for (Inspector i : a.inspectors()) {
                    assertThat(i.unit()).as("seed %d target %s", seed, t.code()).isNotEqualTo(t.unit()).isNotEqualTo(t.code());
                    assertThat(i.relations()).as("seed %d target %s", seed, t.code()).doesNotContain(t.unit(), t.code());
                    assertThat(forbidden).as("seed %d", seed).doesNotContain(new Pairing(t.code(), i.id()));
                }
                checkedTeams++;
            }
        }
        for (InspectionTarget t : SAMPLE.targets()) {
            for (Inspector i : SAMPLE.inspectors()) {
                if (i.conflictWith(t) != null) {
                    conflictsInDirectory++;
                }
            }
        }
        assertThat(checkedTeams).isGreaterThan(500 * 10);
        assertThat(conflictsInDirectory).as("the sample must hold conflicts, or the loop proves nothing").isGreaterThan(20);
        assertThat(lastYear).isNotEmpty();
    }

    @Test
    void drawsCeilOfTheRatioPerStratumAndAtLeastOneFromEachNonEmptyStratum() {
        List<InspectionTarget> targets = new ArrayList<>();
        targets.addAll(stratum("A", CreditGrade.A, 1));   // 5% of 1 = 0.05 -> at least 1
        targets.addAll(stratum("B", CreditGrade.B, 21));  // 10% of 21 = 2.1 -> 3
        targets.addAll(stratum("D", CreditGrade.D, 7));   // 50% of 7 = 3.5 -> 4; C stays empty
        Directory d = new Directory(targets, bureauStaff(6));

        Draw draw = draw(d, "ratios");

        Map<CreditGrade, Integer> drawn = new EnumMap<>(CreditGrade.class);
        draw.strata().forEach(s -> drawn.put(s.grade(), s.drawn()));
        assertThat(drawn).containsEntry(CreditGrade.A, 1).containsEntry(CreditGrade.B, 3)
                .containsEntry(CreditGrade.C, 0).containsEntry(CreditGrade.D, 4);
        Map<CreditGrade, Integer> counted = new EnumMap<>(CreditGrade.class);
        draw.assignments().forEach(a -> counted.merge(a.target().creditGrade(), 1, Integer::sum));
        assertThat(counted).containsEntry(CreditGrade.A, 1).containsEntry(CreditGrade.B, 3)
                .containsEntry(CreditGrade.D, 4).doesNotContainKey(CreditGrade.C);
    }

    @Test
    void aZeroRatioDrawsNobodyFromThatStratum() {
        DrawRatios noA = DrawRatios.of(Map.of(CreditGrade.A, 0, CreditGrade.B, 100, CreditGrade.C, 200, CreditGrade.D, 500));
        Directory d = new Directory(stratum("A", CreditGrade.A, 10), bureauStaff(4));

        assertThat(RandomDraw.draw(d, List.of(), noA, 2, "x").assignments()).isEmpty();
    }

    @Test
    void everyTargetOfAStratumCanBeDrawn() {
        Directory d = new Directory(stratum("B", CreditGrade.B, 20), bureauStaff(4));
        Set<String> ever = new TreeSet<>();
        for (int seed = 0; seed < 300; seed++) {
            draw(d, "u" + seed).assignments().forEach(a -> ever.add(a.target().code()));
        }
        assertThat(ever).hasSize(20);
    }

    @Test
    void refusesWhenATargetCannotBeStaffedAndNamesItAndWhy() {
        List<Inspector> staff = List.of(
                inspector("I1", "G1"),                 // same unit as the target's group
                inspector("I2", "医保局", "H0001"),     // related to the target itself
                inspector("I3", "医保局"));
        Directory d = new Directory(List.of(target("H0001", CreditGrade.D, "G1")), staff);

        assertThatThrownBy(() -> draw(d, "s"))
                .isInstanceOf(AvoidanceException.class)
                .hasMessageContaining("H0001")
                .hasMessageContaining("only 1 of 3 are eligible")
                .hasMessageContaining("2 from or related to unit G1");
    }

    @Test
    void lastYearsPairingIsNotRepeatedEvenWhenItLeavesExactlyTwo() {
        Directory d = new Directory(List.of(target("H0001", CreditGrade.D)), bureauStaff(3));

        Draw draw = RandomDraw.draw(d, List.of(new Pairing("H0001", "I002")), RATIOS, 2, "any");

        assertThat(draw.pairings()).containsExactly(new Pairing("H0001", "I001"), new Pairing("H0001", "I003"));
    }

    @Test
    void refusesFewerThanTwoInspectorsPerTarget() {
        assertThatThrownBy(() -> RandomDraw.draw(SAMPLE, List.of(), RATIOS, 1, "s"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 2");
    }

    @Test
    void theSnapshotHashChangesWhenOneFieldChanges() {
        String base = draw(SAMPLE, "s").snapshotSha256();
        List<InspectionTarget> targets = new ArrayList<>(SAMPLE.targets());
        InspectionTarget t = targets.get(17);
        targets.set(17, new InspectionTarget(t.code(), t.name(), t.type(), t.level(), t.region(),
                t.riskClass().equals("高") ? "低" : "高", t.creditGrade(), t.unit()));
        List<Inspector> inspectors = new ArrayList<>(SAMPLE.inspectors());
        Inspector i = inspectors.get(3);
        TreeSet<String> more = new TreeSet<>(i.relations());
        more.add("H99999999999");
        inspectors.set(3, new Inspector(i.id(), i.name(), i.qualification(), i.unit(), more));

        assertThat(draw(new Directory(targets, SAMPLE.inspectors()), "s").snapshotSha256()).isNotEqualTo(base);
        assertThat(draw(new Directory(SAMPLE.targets(), inspectors), "s").snapshotSha256()).isNotEqualTo(base);
        assertThat(RandomDraw.draw(SAMPLE, List.of(new Pairing("H1", "I1")), RATIOS, 2, "s").snapshotSha256()).isNotEqualTo(base);
        assertThat(RandomDraw.draw(SAMPLE, List.of(), RATIOS, 3, "s").snapshotSha256()).isNotEqualTo(base);
    }

    @Test
    void fieldSeparatorsInsideValuesCannotForgeAnotherSnapshot() {
        Directory tabInName = new Directory(List.of(new InspectionTarget("H1", "a\tb", "1", "", "370102", "", CreditGrade.B, "H1")), List.of());
        Directory tabBetween = new Directory(List.of(new InspectionTarget("H1", "a", "b\t1", "", "370102", "", CreditGrade.B, "H1")), List.of());

        assertThat(Snapshot.sha256(Snapshot.canonical(tabInName, List.of(), RATIOS, 2)))
                .isNotEqualTo(Snapshot.sha256(Snapshot.canonical(tabBetween, List.of(), RATIOS, 2)));
    }
}
