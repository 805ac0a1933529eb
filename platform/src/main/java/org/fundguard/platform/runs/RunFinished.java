package org.fundguard.platform.runs;

import java.nio.file.Path;

/** Published when a data run has loaded its leads; other features may take its data set as reference. */
public record RunFinished(long runId, Path dataset, RunMode mode) {
}
