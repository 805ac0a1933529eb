package org.fundguard.core;

import java.util.List;

/**
 * catalog.csv — 医保目录 and its limits. Money in fen, quantities in {@link Quantity} units; a null
 * boxed field means the contract's empty value (no such limit).
 */
public record CatalogItem(
        String code,                    // med_list_codg
        String name,                    // name
        ListType listType,              // list_type
        ChargeCategory chargeCategory,  // med_chrgitm_type
        ChargeLevel chargeLevel,        // chrgitm_lv
        Long priceCapFen,               // price_cap (level-3)
        Long priceCapLv2Fen,            // price_cap_lv2, null = price_cap
        Long priceCapLv1Fen,            // price_cap_lv1, null = price_cap
        Gender limitGender,             // lmt_gend
        Integer ageMin,                 // lmt_age_min
        Integer ageMax,                 // lmt_age_max
        HospitalLevel limitHospitalLevel, // lmt_hosp_lv: this level or higher
        MedTypeLimit limitMedType,      // lmt_med_type
        List<String> limitDiagPrefixes, // lmt_diag, empty = none
        Long maxUnitsDay,               // max_units_day (Quantity)
        Integer maxDaysSupply,          // max_days_supply
        Long unitsPerDayDose,           // units_per_day_dose (Quantity)
        boolean keyMonitored,           // key_monitored
        boolean resaleRisk,             // resale_risk
        boolean nonDrug) implements java.io.Serializable {              // non_drug

    public CatalogItem {
        limitDiagPrefixes = limitDiagPrefixes == null ? List.of() : List.copyOf(limitDiagPrefixes);
    }

    /** The price cap that applies at an institution of the given level, or null when uncapped. */
    public Long priceCapFor(HospitalLevel level) {
        if (priceCapFen == null) {
            return null;
        }
        return switch (level) {
            case LEVEL_2 -> priceCapLv2Fen != null ? priceCapLv2Fen : priceCapFen;
            case LEVEL_1, UNRATED -> priceCapLv1Fen != null ? priceCapLv1Fen : priceCapFen;
            default -> priceCapFen;
        };
    }

    public boolean isDrug() {
        return listType == ListType.WESTERN_DRUG || listType == ListType.HERBAL_PIECES;
    }

    /** Class C (丙类) and non-drug goods are never paid by the fund. */
    public boolean fundPayable() {
        return chargeLevel != ChargeLevel.SELF_PAID && !nonDrug;
    }
}
