package org.fundguard.engine.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fundguard.engine.models.World.BED;
import static org.fundguard.engine.models.World.CONSULT;
import static org.fundguard.engine.models.World.DAY_1;
import static org.fundguard.engine.models.World.DIALYSIS;
import static org.fundguard.engine.models.World.DRUG;
import static org.fundguard.engine.models.World.DRUG_2;
import static org.fundguard.engine.models.World.EXAM;
import static org.fundguard.engine.models.World.LAB;
import static org.fundguard.engine.models.World.NURSING;
import static org.fundguard.engine.models.World.PHYSIO;
import static org.fundguard.engine.models.World.TREATMENT;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.fundguard.core.Category;
import org.fundguard.core.HospitalLevel;
import org.fundguard.core.MedType;
import org.fundguard.core.Ownership;
import org.fundguard.core.SubjectType;
import org.fundguard.engine.Claim;
import org.fundguard.engine.Finding;
import org.fundguard.engine.Region;
import org.fundguard.engine.ScreeningModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LocalExecutorTest {
    private static World world;

    @BeforeAll
    static void aRegion() {
        world = aRegionWithACaseOfEveryKind(new World());
    }

    /** A region holding one case for each model of the catalogue, among ordinary care. */
    static World aRegionWithACaseOfEveryKind(World world) {
        for (int h = 1; h <= 4; h++) {
            world.hospital("H" + h, HospitalLevel.LEVEL_2, Ownership.PUBLIC, 100);
        }
        world.hospital("U1", HospitalLevel.LEVEL_2, Ownership.PRIVATE, 10)
                .institution("D1", HospitalLevel.LEVEL_2, Ownership.PRIVATE, 20, 1, false).pharmacy("P1");
        for (int i = 0; i < 60; i++) {
            world.stay("N" + i, "H" + (1 + i % 4), DAY_1.plusDays(i), 5 + i % 4, "J18.9", BED, NURSING, TREATMENT, DRUG, DRUG_2)
                    .done();
            world.outpatient("O" + i, "H" + (1 + i % 4), DAY_1.plusDays(i), "J06.9", i % 3 == 0 ? new String[] {CONSULT, LAB}
                    : new String[] {CONSULT});
        }
        // fake admission with a purchase elsewhere
        world.stay("F1", "H1", DAY_1.plusDays(3), 8, "J18.0", BED).done();
        world.purchase("F1", "P1", DAY_1.plusDays(6).withHour(15), DRUG);
        // hanging bed
        World.VisitBuilder b = world.visit("B1", "H2", MedType.INPATIENT, DAY_1.plusDays(20), DAY_1.plusDays(30), "J18.9");
        for (int d = 0; d < 10; d++) {
            String[] items = d >= 3 && d <= 7 ? new String[] {BED} : new String[] {BED, NURSING, TREATMENT, DRUG, DRUG_2};
            for (String item : items) {
                b.line(item, 1, DAY_1.plusDays(20 + d).withHour(10));
            }
        }
        b.done();
        // dialysis beyond one machine's three shifts
        for (int d = 0; d < 4; d++) {
            for (int p = 0; p < 5; p++) {
                world.visit("K" + p, "D1", MedType.CHRONIC_OUTPATIENT, DAY_1.plusDays(d).plusHours(p), DAY_1.plusDays(d).plusHours(p + 4),
                        "N18.5").line(DIALYSIS, 1, DAY_1.plusDays(d).plusHours(p)).done();
            }
        }
        // over-examining hospital
        world.hospital("E1", HospitalLevel.LEVEL_2, Ownership.PRIVATE, 50);
        for (int v = 0; v < 40; v++) {
            world.outpatient("Q" + v, "E1", DAY_1.plusDays(v), "J06.9", CONSULT, LAB, EXAM);
        }
        // village group at a private hospital
        for (int i = 0; i < 5; i++) {
            world.person("G" + i, 1948, "150502101001", "13800000" + i);
            world.stay("G" + i, "U1", DAY_1.plusDays(40 + i / 2).withHour(9 + i), 7, "J06.9", BED, NURSING, PHYSIO, DRUG).done();
        }
        // a ring moving across three hospitals
        for (int m = 0; m < 4; m++) {
            world.person("R" + m, 1960 + m, "ADDR-R" + m, "13900000001");
            for (int k = 0; k < 3; k++) {
                world.stay("R" + m, "H" + (k + 1), DAY_1.plusDays(80 + 30L * k).withHour(8 + m), 6, "M54.5", BED, NURSING, DRUG)
                        .done();
            }
        }
        return world;
    }

    @Test
    void eachModelOfTheCatalogueFindsItsCase() {
        List<Finding> findings = new LocalExecutor(2, StageListener.SILENT)
                .run(ModelCatalogue.standard(), world.claims(), world.region());

        EnumSet<Category> found = EnumSet.noneOf(Category.class);
        findings.forEach(f -> found.add(f.category()));
        assertThat(found).containsAll(EnumSet.of(Category.FAKE_ADMISSION, Category.BED_HANGING,
                Category.CAPACITY_EXCEEDED, Category.EXCESSIVE_SERVICE, Category.UNNECESSARY_ADMISSION,
                Category.COLLUSION_RING));
    }

    @Test
    void givesTheSameFindingsOnOneThreadAndOnManyWithSmallPartitions() {
        List<Finding> single = new LocalExecutor(1, StageListener.SILENT)
                .run(ModelCatalogue.standard(), world.claims(), world.region());
        List<Finding> many = new LocalExecutor(4, 7, StageListener.SILENT)
                .run(ModelCatalogue.standard(), world.claims(), world.region());

        assertThat(many).isEqualTo(single);
        assertThat(single).isNotEmpty();
    }

    @Test
    void sortsFindingsByCategorySubjectAndSource() {
        List<Finding> findings = new LocalExecutor(3, 11, StageListener.SILENT)
                .run(ModelCatalogue.standard(), world.claims(), world.region());

        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Comparator.comparing(Finding::category).thenComparing(Finding::subjectType)
                .thenComparing(Finding::subjectId).thenComparing(Finding::source));
        assertThat(findings).isEqualTo(sorted);
    }

    @Test
    void everyModelAndItsStatisticsSurviveJavaSerialisation() throws Exception {
        Region region = roundTrip(world.region());
        for (ScreeningModel<?> model : ModelCatalogue.standard()) {
            assertThat(screenAfterRoundTrips(model, region)).as(model.code())
                    .isEqualTo(new LocalExecutor(1, StageListener.SILENT).run(List.of(model), world.claims(), region));
        }
    }

    /** Serialises the model and its statistics (as Spark ships them to executors) before screening. */
    private static <S extends Serializable> List<Finding> screenAfterRoundTrips(ScreeningModel<S> model, Region region)
            throws Exception {
        ScreeningModel<S> shipped = roundTrip(model);
        S statistics = shipped.emptyStatistics();
        for (Claim c : world.claims()) {
            statistics = shipped.accumulate(statistics, c, region);
        }
        S received = roundTrip(statistics);
        Map<String, List<Claim>> groups = new java.util.TreeMap<>();
        for (Claim c : world.claims()) {
            for (String k : shipped.keys(c, region)) {
                groups.computeIfAbsent(k, x -> new ArrayList<>()).add(c);
            }
        }
        List<Finding> out = new ArrayList<>();
        groups.forEach((k, g) -> {
            g.sort(Comparator.comparing((Claim c) -> c.visit().begin()).thenComparing(c -> c.visit().mdtrtId()));
            out.addAll(roundTripUnchecked(shipped).screen(k, g, received, region));
        });
        return LocalExecutor.ordered(out);
    }

    @SuppressWarnings("unchecked")
    private static <T> T roundTrip(T value) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) in.readObject();
        }
    }

    private static <T> T roundTripUnchecked(T value) {
        try {
            return roundTrip(value);
        } catch (IOException | ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void keepsOneFindingPerSubjectWhenAModelNamesItFromTwoGroups() {
        Finding low = finding("V1", 0.4);
        Finding high = finding("V1", 0.9);

        assertThat(LocalExecutor.ordered(List.of(low, high, finding("V0", 0.1))))
                .extracting(Finding::subjectId, Finding::score)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("V0", 0.1), org.assertj.core.groups.Tuple.tuple("V1", 0.9));
    }

    @Test
    void handsEachGroupItsClaimsInBeginTimeOrder() {
        List<List<String>> seen = java.util.Collections.synchronizedList(new ArrayList<>());
        ScreeningModel<NoRegionStatistics> recorder = new Recorder(seen, false);
        List<Claim> shuffled = new ArrayList<>(world.claims());
        java.util.Collections.shuffle(shuffled, new java.util.Random(7));

        new LocalExecutor(3, 13, StageListener.SILENT).run(List.of(recorder), shuffled, world.region());

        assertThat(seen).isNotEmpty();
        for (List<String> begins : seen) {
            assertThat(begins).isSorted();
        }
    }

    @Test
    void ordersVisitsBeginningTheSameMinuteByVisitId() {
        World w = new World().hospital("H1", HospitalLevel.LEVEL_2, Ownership.PUBLIC, 10);
        List<Claim> sameMinute = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            sameMinute.add(w.outpatient("Z1", "H1", DAY_1, "J06.9", CONSULT));
        }
        java.util.Collections.reverse(sameMinute);
        List<List<String>> seen = new ArrayList<>();

        new LocalExecutor(1, StageListener.SILENT).run(List.of(new Recorder(seen, false)), sameMinute, w.region());

        assertThat(seen).containsExactly(List.of(DAY_1 + "V1", DAY_1 + "V2", DAY_1 + "V3"));
    }

    @Test
    void stopsTheRunNamingTheModelThatThrew() {
        ScreeningModel<NoRegionStatistics> broken = new Recorder(new ArrayList<>(), true);

        assertThatThrownBy(() -> new LocalExecutor(2, StageListener.SILENT).run(List.of(broken), world.claims(), world.region()))
                .isInstanceOf(LocalExecutor.ModelFailure.class).hasMessageContaining("RECORDER");
    }

    @Test
    void reportsEachStageToTheListener() {
        List<String> stages = new ArrayList<>();
        new LocalExecutor(2, (model, stage, nanos, items) -> stages.add(model + ":" + stage))
                .run(List.of(CapacityModel.standard()), world.claims(), world.region());

        assertThat(stages).containsExactly("claims:statistics and grouping pass", "CAPACITY_EXCEEDED_DAILY_LOAD:statistics",
                "CAPACITY_EXCEEDED_DAILY_LOAD:grouping", "claims:screening pass", "CAPACITY_EXCEEDED_DAILY_LOAD:screening");
    }

    private static Finding finding(String subject, double score) {
        return new Finding("MODEL:X", "1", Category.FAKE_ADMISSION, SubjectType.VISIT, subject, "H1", "P1", score, 0, 0,
                List.of(), Map.of(), "测试");
    }

    /** Groups by person and records the begin times it is handed; optionally throws. */
    private record Recorder(List<List<String>> seen, boolean fail) implements ScreeningModel<NoRegionStatistics> {
        @Override
        public String code() {
            return "RECORDER";
        }

        @Override
        public String version() {
            return "1";
        }

        @Override
        public Category category() {
            return Category.FAKE_ADMISSION;
        }

        @Override
        public List<String> keys(Claim claim, Region region) {
            return List.of(claim.visit().psnNo());
        }

        @Override
        public NoRegionStatistics emptyStatistics() {
            return NoRegionStatistics.NONE;
        }

        @Override
        public NoRegionStatistics accumulate(NoRegionStatistics s, Claim claim, Region region) {
            return s;
        }

        @Override
        public NoRegionStatistics merge(NoRegionStatistics l, NoRegionStatistics r) {
            return l;
        }

        @Override
        public List<Finding> screen(String key, List<Claim> group, NoRegionStatistics s, Region region) {
            if (fail) {
                throw new IllegalStateException("broken on purpose");
            }
            seen.add(group.stream().map(c -> c.visit().begin().toString() + c.visit().mdtrtId()).toList());
            return List.of();
        }
    }
}
