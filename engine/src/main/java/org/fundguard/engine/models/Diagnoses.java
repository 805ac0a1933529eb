package org.fundguard.engine.models;

/** ICD-10 prefixes: the stable part of a diagnosis code across regions and coding versions. */
final class Diagnoses {
    private Diagnoses() {
    }

    /** The first {@code length} characters, without the dot; "" for a missing code. */
    static String prefix(String code, int length) {
        if (code == null || code.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder(length);
        for (int i = 0; i < code.length() && b.length() < length; i++) {
            char c = code.charAt(i);
            if (c != '.') {
                b.append(Character.toUpperCase(c));
            }
        }
        return b.toString();
    }

    static boolean startsWithAny(String code, java.util.List<String> prefixes) {
        if (code == null) {
            return false;
        }
        String normal = prefix(code, code.length());
        for (String p : prefixes) {
            if (normal.startsWith(prefix(p, p.length()))) {
                return true;
            }
        }
        return false;
    }
}
