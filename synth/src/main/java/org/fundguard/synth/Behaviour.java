package org.fundguard.synth;

/**
 * How an institution an injection chose departs from ordinary practice. The generator calls it for
 * every visit it writes there (before settlement) and once at the end, when stock is written.
 */
public interface Behaviour {
    /** Adds, changes or removes lines of an ordinary visit at this institution. */
    default void onVisit(Encounter e, Dice dice) {
    }

    /**
     * After the visit is written (ids and fund shares known): keep the totals the label needs, not
     * the visit — a large region writes millions of them.
     */
    default void written(Encounter e) {
    }

    /** Changes purchases and stocktakes of an item before they are written (ITEM_SWAP). */
    default void onStock(StockBook.Account account, Dice dice) {
    }

    /** Called once after every row is written: label the institution with what it took. */
    default void finish(Output out) {
    }
}
