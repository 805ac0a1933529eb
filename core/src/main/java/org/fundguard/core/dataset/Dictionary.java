package org.fundguard.core.dataset;

import org.fundguard.core.Coded;

/** A contract dictionary looked up by the characters of a field, without making a String. */
final class Dictionary<E extends Enum<E> & Coded> {
    private final E[] values;
    private final String allowed;

    Dictionary(Class<E> type) {
        this.values = type.getEnumConstants();
        StringBuilder b = new StringBuilder();
        for (E e : values) {
            b.append(b.length() == 0 ? "" : ", ").append(e.code());
        }
        this.allowed = b.toString();
    }

    E find(char[] a, int off, int len) {
        for (E e : values) {
            if (FieldText.equals(e.code(), a, off, len)) {
                return e;
            }
        }
        return null;
    }

    String allowed() {
        return allowed;
    }
}
