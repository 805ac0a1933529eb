package org.fundguard.engine.models;

import java.util.List;
import org.fundguard.engine.ScreeningModel;

/**
 * Every big-data model the platform runs, each with its thresholds from its resource file. One line
 * per model: add yours to the list.
 */
public final class ModelCatalogue {
    private ModelCatalogue() {
    }

    public static List<ScreeningModel<?>> standard() {
        return List.of(
                FakeAdmissionModel.standard(),
                UnnecessaryAdmissionModel.standard(),
                BedHangingModel.standard(),
                CapacityModel.standard(),
                ExcessiveServiceModel.standard(),
                CollusionRingModel.standard(),
                CardHarvestModel.standard(),
                EvoucherCashoutModel.standard(),
                DrugResaleModel.standard(),
                ItemSwapModel.standard(),
                DrugSpendSurgeModel.standard(),
                PharmacistAbsentModel.standard());
    }
}
