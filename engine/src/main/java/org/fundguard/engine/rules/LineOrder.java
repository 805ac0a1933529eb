package org.fundguard.engine.rules;

/**
 * The tie-break of the labelling conventions: lines in charge-time order, then by feedetl_sn. Ids are
 * compared as the numbers they usually end in (F9 before F10), then as text.
 */
final class LineOrder {
    private LineOrder() {
    }

    static int compareIds(String a, String b) {
        if (a.length() != b.length()) {
            return Integer.compare(a.length(), b.length());
        }
        return a.compareTo(b);
    }
}
