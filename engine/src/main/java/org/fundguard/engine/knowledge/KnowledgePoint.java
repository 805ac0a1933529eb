package org.fundguard.engine.knowledge;

import java.time.LocalDate;
import java.util.List;

/**
 * One published knowledge point (知识点) of the national smart-supervision library, as transcribed in
 * shared/data/nhsa-knowledge-points: which rule class, which national codes, and the published limit
 * text that the importer turns into template parameters.
 *
 * @param constraint  the published limit text (限定条件), may be null
 * @param detectLogic the published detection logic (判断逻辑), may be null
 * @param batchTag    the file it came from without extension (batch_01 … updates_2026-01)
 * @param publishedAt null for the early batches, which were published without a date
 * @param supersedes  the kp_id of an earlier point this one replaces, null when none
 * @param file        source file name and the 1-based position of the point inside it
 */
public record KnowledgePoint(
        String kpId,
        String ruleClass,
        String gzCode,
        String level1,
        String level2,
        List<String> medCodes,
        String itemName,
        String constraint,
        String detectLogic,
        String batchTag,
        LocalDate publishedAt,
        String supersedes,
        String file,
        int position) {

    public KnowledgePoint {
        medCodes = List.copyOf(medCodes);
    }

    /** The limit text and the detection logic, for parsers that look at both. */
    String text() {
        return (constraint == null ? "" : constraint) + "\n" + (detectLogic == null ? "" : detectLogic);
    }

    String where() {
        return file + " #" + position + " (" + kpId + ")";
    }
}
