package org.fundguard.core.dataset;

import org.fundguard.core.CatalogItem;
import org.fundguard.core.ChargeCategory;
import org.fundguard.core.ChargeLevel;
import org.fundguard.core.Gender;
import org.fundguard.core.HospitalLevel;
import org.fundguard.core.ListType;
import org.fundguard.core.MedTypeLimit;

final class CatalogRows extends TableRows<CatalogItem> {
    private static final Table T = Table.CATALOG;
    private static final int CODE = col(T, "med_list_codg");
    private static final int NAME = col(T, "name");
    private static final int LIST_TYPE = col(T, "list_type");
    private static final int CHARGE_TYPE = col(T, "med_chrgitm_type");
    private static final int CHARGE_LEVEL = col(T, "chrgitm_lv");
    private static final int CAP = col(T, "price_cap");
    private static final int CAP_LV2 = col(T, "price_cap_lv2");
    private static final int CAP_LV1 = col(T, "price_cap_lv1");
    private static final int LMT_GEND = col(T, "lmt_gend");
    private static final int AGE_MIN = col(T, "lmt_age_min");
    private static final int AGE_MAX = col(T, "lmt_age_max");
    private static final int LMT_HOSP_LV = col(T, "lmt_hosp_lv");
    private static final int LMT_MED_TYPE = col(T, "lmt_med_type");
    private static final int LMT_DIAG = col(T, "lmt_diag");
    private static final int MAX_UNITS_DAY = col(T, "max_units_day");
    private static final int MAX_DAYS_SUPPLY = col(T, "max_days_supply");
    private static final int UNITS_PER_DAY = col(T, "units_per_day_dose");
    private static final int KEY_MONITORED = col(T, "key_monitored");
    private static final int RESALE_RISK = col(T, "resale_risk");
    private static final int NON_DRUG = col(T, "non_drug");
    private static final Dictionary<ListType> LIST_TYPES = new Dictionary<>(ListType.class);
    private static final Dictionary<ChargeCategory> CHARGE_TYPES = new Dictionary<>(ChargeCategory.class);
    private static final Dictionary<ChargeLevel> CHARGE_LEVELS = new Dictionary<>(ChargeLevel.class);
    private static final Dictionary<Gender> GENDERS = new Dictionary<>(Gender.class);
    private static final Dictionary<HospitalLevel> LEVELS = new Dictionary<>(HospitalLevel.class);
    private static final Dictionary<MedTypeLimit> MED_TYPE_LIMITS = new Dictionary<>(MedTypeLimit.class);

    private final References refs;
    private final Interner codes;

    CatalogRows(References refs, Interner codes) {
        super(T, "price_cap", "price_cap_lv2", "price_cap_lv1", "lmt_gend", "lmt_age_min", "lmt_age_max",
                "lmt_hosp_lv", "lmt_med_type", "lmt_diag", "max_units_day", "max_days_supply",
                "units_per_day_dose");
        this.refs = refs;
        this.codes = codes;
    }

    @Override
    int keyColumn() {
        return CODE;
    }

    @Override
    CatalogItem parse(RowCheck r) {
        String code = r.key(CODE, refs.catalog);
        ListType listType = r.code(LIST_TYPE, LIST_TYPES, true);
        if (code != null && CodeShapes.catalogue(code, listType) != null) {
            r.warning(CODE, CodeShapes.catalogue(code, listType));
        }
        Long cap = nonNegative(r, CAP, r.moneyOrNull(CAP));
        Long capLv2 = nonNegative(r, CAP_LV2, r.moneyOrNull(CAP_LV2));
        Long capLv1 = nonNegative(r, CAP_LV1, r.moneyOrNull(CAP_LV1));
        Integer ageMin = r.countOrNull(AGE_MIN);
        Integer ageMax = r.countOrNull(AGE_MAX);
        if (ageMin != null && ageMax != null && ageMax < ageMin) {
            r.error(AGE_MAX, "lmt_age_max is below lmt_age_min " + ageMin);
        }
        return new CatalogItem(code, r.required(NAME), listType, r.code(CHARGE_TYPE, CHARGE_TYPES, true),
                r.code(CHARGE_LEVEL, CHARGE_LEVELS, true), cap, capLv2, capLv1, r.code(LMT_GEND, GENDERS, false),
                ageMin, ageMax, r.code(LMT_HOSP_LV, LEVELS, false), r.code(LMT_MED_TYPE, MED_TYPE_LIMITS, false),
                r.list(LMT_DIAG, codes), r.quantityOrNull(MAX_UNITS_DAY), r.countOrNull(MAX_DAYS_SUPPLY),
                r.quantityOrNull(UNITS_PER_DAY), r.flag(KEY_MONITORED), r.flag(RESALE_RISK), r.flag(NON_DRUG));
    }

    private static Long nonNegative(RowCheck r, int c, Long fen) {
        if (fen != null && fen < 0) {
            r.error(c, "a price cap cannot be negative");
        }
        return fen;
    }
}
