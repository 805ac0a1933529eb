package org.fundguard.core;

import java.time.LocalDate;

/** inventory.csv — 进销存 stocktaking (interface 3501). cnt in {@link Quantity} units. */
public record InventoryCount(String institutionCode, String listCode, LocalDate date, long cnt) implements java.io.Serializable {
}
