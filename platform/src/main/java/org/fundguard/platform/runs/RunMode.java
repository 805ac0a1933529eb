package org.fundguard.platform.runs;

/** SCREEN runs the engine over the data set; IMPORT takes the leads.csv a screening elsewhere wrote. */
public enum RunMode {
    SCREEN, IMPORT
}
