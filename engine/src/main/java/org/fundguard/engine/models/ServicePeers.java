package org.fundguard.engine.models;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * Region distribution of a per-visit service intensity by peer cell (hospital level, outpatient or
 * inpatient, ICD-10 category). Mutable only inside the statistics fold.
 */
final class ServicePeers implements Serializable {
    private final Map<String, QuantileSketch> byCell = new HashMap<>();

    void add(String cell, double value) {
        byCell.computeIfAbsent(cell, k -> new QuantileSketch()).add(value);
    }

    ServicePeers merge(ServicePeers other) {
        other.byCell.forEach((k, v) -> byCell.merge(k, v, QuantileSketch::merge));
        return this;
    }

    QuantileSketch cell(String cell) {
        return byCell.get(cell);
    }
}
