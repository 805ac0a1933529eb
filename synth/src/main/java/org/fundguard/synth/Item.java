package org.fundguard.synth;

import org.fundguard.core.CatalogItem;
import org.fundguard.core.HospitalLevel;
import org.fundguard.core.ListType;
import org.fundguard.core.Quantity;

/** One catalogue item as the generator knows it: the contract row plus its role and usual prices. */
public final class Item {
    public final int index;
    public final String key;
    public final String tag;
    public final CatalogItem spec;
    private final long[] priceFen; // usual price at level 3, 2, 1 (clinics and pharmacies use level 1)
    final String tracePrefix;      // first 7 digits of this product's 药品追溯码
    int stockIndex = -1;           // position in the stock ledger, -1 for services

    Item(int index, String key, String tag, CatalogItem spec, long[] priceFen, String tracePrefix) {
        this.index = index;
        this.key = key;
        this.tag = tag;
        this.spec = spec;
        this.priceFen = priceFen;
        this.tracePrefix = tracePrefix;
    }

    public String code() {
        return spec.code();
    }

    /** The usual (list) price at an institution of this level, never above the cap for that level. */
    public long price(HospitalLevel level) {
        return switch (level) {
            case LEVEL_3 -> priceFen[0];
            case LEVEL_2 -> priceFen[1];
            default -> priceFen[2];
        };
    }

    /** The cap at this level, or -1 when uncapped. */
    public long cap(HospitalLevel level) {
        Long c = spec.priceCapFor(level);
        return c == null ? -1 : c;
    }

    public boolean isDrug() {
        return spec.listType() == ListType.WESTERN_DRUG;
    }

    /** Items that pass through an institution's stock (进销存): drugs, herbal pieces, consumables, goods. */
    public boolean stocked() {
        return spec.listType() != ListType.SERVICE_ITEM;
    }

    /** Drugs sold in whole packs carry one traceability code per pack. */
    public boolean traced() {
        return spec.listType() == ListType.WESTERN_DRUG;
    }

    public boolean payable() {
        return spec.fundPayable();
    }

    /** Most whole packs one dispensing may carry within max_days_supply (integer-exact). */
    public int maxPacks() {
        Integer days = spec.maxDaysSupply();
        Long udd = spec.unitsPerDayDose();
        if (days == null || udd == null) {
            return Integer.MAX_VALUE;
        }
        return (int) (days * udd / Quantity.ONE);
    }

    /** Days of supply of a number of packs (rounded down), 0 when the dose is unknown. */
    public int daysOf(long cnt) {
        Long udd = spec.unitsPerDayDose();
        return udd == null || udd == 0 ? 0 : (int) (cnt / udd);
    }

    @Override
    public String toString() {
        return key + "(" + spec.code() + ")";
    }
}
