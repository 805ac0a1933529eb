package org.fundguard.engine.knowledge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads the knowledge-point directory: index.json and every points file it lists. A JSON array file
 * that index.json does not list is an error, as is a file whose count differs from the index, so no
 * published point can be skipped without anyone noticing.
 */
final class KnowledgePointFiles {
    static final String INDEX = "index.json";

    private static final ObjectMapper JSON = new ObjectMapper();

    private KnowledgePointFiles() {
    }

    /** One batch as index.json describes it. */
    record Batch(String tag, int records, int withMedCode, List<String> ruleClasses, LocalDate publishedAt) {
        Batch {
            ruleClasses = List.copyOf(ruleClasses);
        }
    }

    record Index(int totalRecords, int supersedeLinks, List<Batch> batches) {
        Index {
            batches = List.copyOf(batches);
        }
    }

    /** Every point of the directory, in index order and file order, and the index they were checked against. */
    record Contents(Index index, List<KnowledgePoint> points) {
        Contents {
            points = List.copyOf(points);
        }
    }

    static Contents read(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new KnowledgeFileException(dir + ": not a directory (the knowledge-point data set, e.g. shared/data/nhsa-knowledge-points)");
        }
        Index index = readIndex(dir.resolve(INDEX));
        Set<String> listed = new LinkedHashSet<>();
        List<KnowledgePoint> points = new ArrayList<>();
        for (Batch b : index.batches()) {
            String name = b.tag() + ".json";
            listed.add(name);
            List<KnowledgePoint> inFile = readPoints(dir.resolve(name), b.tag());
            if (inFile.size() != b.records()) {
                throw new KnowledgeFileException(name + ": " + inFile.size() + " points, but " + INDEX + " announces " + b.records());
            }
            points.addAll(inFile);
        }
        checkNothingUnlisted(dir, listed);
        if (points.size() != index.totalRecords()) {
            throw new KnowledgeFileException(dir + ": " + points.size() + " points in the files, but " + INDEX
                    + " announces total_records=" + index.totalRecords());
        }
        return new Contents(index, points);
    }

    private static void checkNothingUnlisted(Path dir, Set<String> listed) {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList()) {
                String name = f.getFileName().toString();
                if (!listed.contains(name) && !name.equals(INDEX) && tree(f).isArray()) {
                    throw new KnowledgeFileException(name + ": holds knowledge points but is not listed in " + INDEX
                            + " (add its batch there so its points are counted)");
                }
            }
        } catch (IOException e) {
            throw new KnowledgeFileException(dir + ": cannot list the directory: " + e.getMessage(), e);
        }
    }

    static Index readIndex(Path file) {
        JsonNode root = tree(file);
        String name = file.getFileName().toString();
        JsonNode meta = required(root, "meta", name);
        int total = integer(meta, "total_records", name);
        int links = meta.path("supersede_links").asInt(-1);
        List<Batch> batches = new ArrayList<>();
        JsonNode list = required(root, "batches", name);
        int i = 0;
        for (JsonNode b : list) {
            i++;
            String where = name + " batches[" + i + "]";
            List<String> classes = new ArrayList<>();
            required(b, "rule_classes", where).forEach(c -> classes.add(c.asText()));
            batches.add(new Batch(text(b, "batch_tag", where, true), integer(b, "records", where),
                    b.path("with_med_code").asInt(-1), classes, date(b, "published_at", where)));
        }
        return new Index(total, links, batches);
    }

    static List<KnowledgePoint> readPoints(Path file, String tag) {
        JsonNode root = tree(file);
        String name = file.getFileName().toString();
        if (!root.isArray()) {
            throw new KnowledgeFileException(name + ": expected a JSON array of knowledge points");
        }
        List<KnowledgePoint> out = new ArrayList<>(root.size());
        int position = 0;
        for (JsonNode n : root) {
            position++;
            String where = name + " #" + position;
            String kpId = text(n, "kp_id", where, true);
            where = where + " (" + kpId + ")";
            String batchTag = text(n, "batch_tag", where, false);
            if (batchTag != null && !batchTag.equals(tag)) {
                throw new KnowledgeFileException(where + " batch_tag: '" + batchTag + "' but the file is " + tag);
            }
            JsonNode codes = n.get("med_codes");
            if (codes == null || !codes.isArray()) {
                throw new KnowledgeFileException(where + " med_codes: missing or not an array");
            }
            List<String> medCodes = new ArrayList<>(codes.size());
            codes.forEach(c -> medCodes.add(c.asText().trim()));
            out.add(new KnowledgePoint(kpId, text(n, "rule_class", where, true), text(n, "gz_code", where, false),
                    text(n, "level1", where, false), text(n, "level2", where, false), medCodes,
                    text(n, "item_name", where, false), text(n, "constraint", where, false),
                    text(n, "detect_logic", where, false), tag, date(n, "published_at", where),
                    text(n, "supersedes", where, false), name, position));
        }
        return out;
    }

    private static JsonNode tree(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new KnowledgeFileException(file.getFileName() + ": not valid JSON at line "
                    + e.getLocation().getLineNr() + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new KnowledgeFileException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    private static JsonNode required(JsonNode n, String field, String where) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            throw new KnowledgeFileException(where + " " + field + ": missing");
        }
        return v;
    }

    private static int integer(JsonNode n, String field, String where) {
        JsonNode v = required(n, field, where);
        if (!v.canConvertToInt()) {
            throw new KnowledgeFileException(where + " " + field + ": not a whole number: " + v);
        }
        return v.asInt();
    }

    private static String text(JsonNode n, String field, String where, boolean mandatory) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull() || v.asText().isBlank()) {
            if (mandatory) {
                throw new KnowledgeFileException(where + " " + field + ": missing");
            }
            return null;
        }
        if (!v.isValueNode()) {
            throw new KnowledgeFileException(where + " " + field + ": expected text, found " + v.getNodeType());
        }
        return v.asText().trim();
    }

    private static LocalDate date(JsonNode n, String field, String where) {
        String s = text(n, field, where, false);
        try {
            return s == null ? null : LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new KnowledgeFileException(where + " " + field + ": not a date (yyyy-MM-dd): " + s);
        }
    }
}
