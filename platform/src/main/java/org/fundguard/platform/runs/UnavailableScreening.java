package org.fundguard.platform.runs;

import java.nio.file.Path;
import java.util.List;
import java.util.function.IntConsumer;
import org.fundguard.core.Lead;
import org.springframework.stereotype.Component;

/** Stands in until the engine's local executor is part of the build: runs import a leads.csv instead. */
@Component
class UnavailableScreening implements Screening {
    @Override
    public String engine() {
        return "none";
    }

    @Override
    public boolean available() {
        return false;
    }

    @Override
    public List<Lead> screen(Path dataset, IntConsumer progress) {
        throw new RunException("screening is not available in this build");
    }
}
