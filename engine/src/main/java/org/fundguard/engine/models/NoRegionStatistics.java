package org.fundguard.engine.models;

import java.io.Serializable;

/** For models that judge each group on its own: the statistics pass carries nothing. */
enum NoRegionStatistics implements Serializable {
    NONE
}
