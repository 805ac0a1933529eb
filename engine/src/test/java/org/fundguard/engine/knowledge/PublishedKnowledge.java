package org.fundguard.engine.knowledge;

import java.nio.file.Files;
import java.nio.file.Path;
import org.fundguard.engine.rules.RuleDefinition;

/** The real knowledge-point files of shared/ (path from the fundguard.shared property), imported once per test JVM. */
final class PublishedKnowledge {
    private static KnowledgeImport imported;

    private PublishedKnowledge() {
    }

    static Path dir() {
        Path d = Path.of(System.getProperty("fundguard.shared", "../shared")).resolve("data/nhsa-knowledge-points");
        if (!Files.isDirectory(d)) {
            throw new IllegalStateException("knowledge points not found at " + d.toAbsolutePath() + " (set -Dfundguard.shared)");
        }
        return d;
    }

    static Path icdFile() {
        return KnowledgePoints.defaultIcdFile(dir());
    }

    static synchronized KnowledgeImport get() {
        if (imported == null) {
            imported = KnowledgePoints.importFrom(dir(), icdFile(), KnowledgePoints.builtInDefaults());
        }
        return imported;
    }

    static KnowledgeImport.Outcome outcome(String kpId) {
        return get().outcomes().stream().filter(o -> o.point().kpId().equals(kpId)).findFirst()
                .orElseThrow(() -> new AssertionError("no point " + kpId));
    }

    static RuleDefinition rule(String kpId) {
        return outcome(kpId).definition();
    }
}
