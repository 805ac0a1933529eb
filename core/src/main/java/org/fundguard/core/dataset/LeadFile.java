package org.fundguard.core.dataset;

import java.nio.file.Path;
import java.util.List;
import org.fundguard.core.Lead;

/** Reads a leads file (leads.csv or leads.parquet), e.g. screening output handed to the evaluator. */
public final class LeadFile {
    private LeadFile() {
    }

    /** @throws InvalidDataSetException when a row has an error (the report locates each) */
    public static List<Lead> read(Path file) {
        return LabelFile.readAll(file, refs -> new LeadRows(refs, new Interner()));
    }
}
