package org.fundguard.engine.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fundguard.engine.models.ScreeningFixtures.roundTrip;
import static org.fundguard.engine.models.ScreeningFixtures.statistics;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.fundguard.engine.Claim;
import org.fundguard.engine.Finding;
import org.fundguard.engine.Region;
import org.fundguard.engine.ScreeningModel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * On Spark a model, its statistics and the region travel to executors serialised: a model that does
 * not survive the trip, or screens differently after it, would only fail on the cluster.
 */
class ModelsSerialisationTest {

    static Stream<Arguments> models() {
        return Stream.of(
                Arguments.of(CardHarvestModel.standard(), CardHarvestModelTest.positiveCase()),
                Arguments.of(EvoucherCashoutModel.standard(), EvoucherCashoutModelTest.positiveCase()),
                Arguments.of(DrugResaleModel.standard(), DrugResaleModelTest.positiveCase()),
                Arguments.of(ItemSwapModel.standard(), ItemSwapModelTest.positiveCase()),
                Arguments.of(DrugSpendSurgeModel.standard(), DrugSpendSurgeModelTest.positiveCase()),
                Arguments.of(PharmacistAbsentModel.standard(), PharmacistAbsentModelTest.positiveCase()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    <S extends Serializable> void screensTheSameAfterModelStatisticsAndRegionAreSerialised(ScreeningModel<S> model,
            ScreeningFixtures.Case positive) {
        S stats = statistics(model, positive.claims(), positive.region());
        List<Finding> before = screenAll(model, positive.claims(), stats, positive.region());

        ScreeningModel<S> shippedModel = roundTrip(model);
        S shippedStats = roundTrip(stats);
        Region shippedRegion = roundTrip(positive.region());
        List<Finding> after = screenAll(shippedModel, positive.claims(), shippedStats, shippedRegion);

        assertThat(before).isNotEmpty();
        assertThat(after).isEqualTo(before);
    }

    private static <S extends Serializable> List<Finding> screenAll(ScreeningModel<S> model, List<Claim> claims, S stats,
            Region region) {
        Map<String, List<Claim>> groups = new TreeMap<>();
        for (Claim c : claims) {
            for (String k : model.keys(c, region)) {
                groups.computeIfAbsent(k, x -> new ArrayList<>()).add(c);
            }
        }
        List<Finding> out = new ArrayList<>();
        groups.forEach((k, g) -> {
            g.sort(Comparator.comparing((Claim c) -> c.visit().begin()).thenComparing(c -> c.visit().mdtrtId()));
            out.addAll(model.screen(k, g, stats, region));
        });
        return out;
    }
}
