package org.fundguard.platform.runs;

import java.nio.file.Path;
import java.util.List;
import java.util.function.IntConsumer;
import org.fundguard.core.Lead;

/** Screens a data set directory with the engine (rules and models) and returns its leads. */
interface Screener {

    /** Names what produced the leads, stored with the run so that runs can be told apart. */
    String engine();

    /**
     * @param progress receives 0..100 as the screening advances
     * @throws org.fundguard.core.dataset.InvalidDataSetException when strict validation fails (the
     *         report names file, line, field and reason)
     */
    List<Lead> screen(Path dataset, IntConsumer progress);
}
