package org.fundguard.platform.runs;

import java.nio.file.Path;
import java.util.List;
import java.util.function.IntConsumer;
import org.fundguard.core.Lead;

/** Screens a data set directory with the engine (rules and models) and returns its leads. */
interface Screening {

    /** Names what produced the leads (engine and rule/model versions), stored with the run. */
    String engine();

    boolean available();

    /**
     * @param progress receives 0..100 as the screening advances
     * @throws RuntimeException with a message naming file, line, field and reason on bad input
     */
    List<Lead> screen(Path dataset, IntConsumer progress);
}
