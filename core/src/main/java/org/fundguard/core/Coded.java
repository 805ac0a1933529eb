package org.fundguard.core;

/** A dictionary value fixed by the data contract, written in files as {@link #code()}. */
public interface Coded {
    String code();

    /** Looks a dictionary value up by its contract code; null when the code is not one of them. */
    static <E extends Enum<E> & Coded> E byCode(Class<E> type, String code) {
        for (E e : type.getEnumConstants()) {
            if (e.code().equals(code)) {
                return e;
            }
        }
        return null;
    }
}
