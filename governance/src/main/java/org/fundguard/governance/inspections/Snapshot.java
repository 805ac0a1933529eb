package org.fundguard.governance.inspections;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.SortedSet;
import org.fundguard.governance.credit.CreditGrade;

/**
 * The canonical serialisation of a draw's inputs (everything but the seed) and its SHA-256. The
 * format is documented in docs/governance.md so anyone can recompute the hash: UTF-8, LF line ends,
 * sections in a fixed order, rows sorted by key, fields separated by TAB, and within a field the
 * characters {@code \ TAB LF CR ;} escaped as {@code \\ \t \n \r \;}.
 */
final class Snapshot {
    static final String VERSION = "fundguard-draw-inputs v1";

    private Snapshot() {
    }

    static String canonical(Directory directory, List<Pairing> previous, DrawRatios ratios, int inspectorsPerTarget) {
        StringBuilder b = new StringBuilder(256 + 96 * (directory.targets().size() + directory.inspectors().size()));
        b.append(VERSION).append('\n');
        b.append("[targets]\n");
        for (InspectionTarget t : directory.targets()) {
            row(b, t.code(), t.name(), t.type(), t.level(), t.region(), t.riskClass(), t.creditGrade().name(), t.unit());
        }
        b.append("[inspectors]\n");
        for (Inspector i : directory.inspectors()) {
            row(b, i.id(), i.name(), i.qualification(), i.unit());
            // relations: one more field, each relation escaped, joined by ';'
            b.setLength(b.length() - 1);
            b.append('\t').append(joined(i.relations())).append('\n');
        }
        b.append("[previous]\n");
        for (Pairing p : previous.stream().sorted().distinct().toList()) {
            row(b, p.targetCode(), p.inspectorId());
        }
        b.append("[ratios]\n");
        for (CreditGrade g : CreditGrade.values()) {
            row(b, g.name(), Integer.toString(ratios.permille(g)));
        }
        b.append("[inspectors_per_target]\n");
        row(b, Integer.toString(inspectorsPerTarget));
        return b.toString();
    }

    static String sha256(String canonical) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }

    private static String joined(SortedSet<String> relations) {
        StringBuilder b = new StringBuilder();
        for (String r : relations) {
            if (b.length() > 0) {
                b.append(';');
            }
            escape(b, r);
        }
        return b.toString();
    }

    private static void row(StringBuilder b, String... fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                b.append('\t');
            }
            escape(b, fields[i] == null ? "" : fields[i]);
        }
        b.append('\n');
    }

    private static void escape(StringBuilder b, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '\t' -> b.append("\\t");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case ';' -> b.append("\\;");
                default -> b.append(c);
            }
        }
    }
}
