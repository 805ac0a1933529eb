package org.fundguard.core.dataset;

import org.fundguard.core.CatalogItem;
import org.fundguard.core.FeeDetail;
import org.fundguard.core.Institution;
import org.fundguard.core.InventoryCount;
import org.fundguard.core.ItemRule;
import org.fundguard.core.Label;
import org.fundguard.core.Person;
import org.fundguard.core.Practitioner;
import org.fundguard.core.Purchase;
import org.fundguard.core.SanctionStatus;
import org.fundguard.core.Settlement;
import org.fundguard.core.Visit;

/**
 * Receives the accepted rows of a data set as {@link DataSets#stream} reads them, table after table
 * in the contract's order (reference tables, visits, fee_details, settlements, purchases, inventory,
 * labels). Only what a receiver keeps stays in memory, so a region of any size can be processed;
 * override the tables you need.
 */
public interface DataSetSink {
    default void institution(Institution r) {
    }

    default void practitioner(Practitioner r) {
    }

    default void person(Person r) {
    }

    default void catalogItem(CatalogItem r) {
    }

    default void itemRule(ItemRule r) {
    }

    default void visit(Visit r) {
    }

    default void feeDetail(FeeDetail r) {
    }

    default void settlement(Settlement r) {
    }

    default void purchase(Purchase r) {
    }

    default void inventory(InventoryCount r) {
    }

    /** sanction_status.csv, when the set has one. */
    default void sanctionStatus(SanctionStatus r) {
    }

    /** labels.csv, when the set has one (generated or hand-labelled sets only). */
    default void label(Label r) {
    }

    /** Called when a table has been read completely (also for absent tables). */
    default void tableDone(TableCounts counts) {
    }
}
