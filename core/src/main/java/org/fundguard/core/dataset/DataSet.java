package org.fundguard.core.dataset;

import java.util.List;
import org.fundguard.core.CatalogItem;
import org.fundguard.core.FeeDetail;
import org.fundguard.core.Institution;
import org.fundguard.core.InventoryCount;
import org.fundguard.core.ItemRule;
import org.fundguard.core.Person;
import org.fundguard.core.Practitioner;
import org.fundguard.core.Purchase;
import org.fundguard.core.SanctionStatus;
import org.fundguard.core.Settlement;
import org.fundguard.core.Visit;

/**
 * A whole data set held in memory (labels excluded: detection never reads them). For regions that
 * do not fit, readers stream table by table instead.
 */
public record DataSet(
        List<Institution> institutions,
        List<Practitioner> practitioners,
        List<Person> persons,
        List<CatalogItem> catalog,
        List<ItemRule> itemRules,
        List<Visit> visits,
        List<FeeDetail> feeDetails,
        List<Settlement> settlements,
        List<Purchase> purchases,
        List<InventoryCount> inventory,
        List<SanctionStatus> sanctionStatus) {

    public DataSet {
        sanctionStatus = sanctionStatus == null ? List.of() : sanctionStatus;
    }

    /** A set without sanction_status.csv (the table is optional). */
    public DataSet(List<Institution> institutions, List<Practitioner> practitioners, List<Person> persons,
            List<CatalogItem> catalog, List<ItemRule> itemRules, List<Visit> visits, List<FeeDetail> feeDetails,
            List<Settlement> settlements, List<Purchase> purchases, List<InventoryCount> inventory) {
        this(institutions, practitioners, persons, catalog, itemRules, visits, feeDetails, settlements, purchases, inventory,
                List.of());
    }
}
