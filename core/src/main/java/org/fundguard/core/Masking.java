package org.fundguard.core;

/**
 * Masks personal data for screens, logs and exports: ID numbers keep the first 6 and last 4
 * characters (the usual display rule of the national platform), names keep the surname, phones keep
 * the first 3 and last 4 digits.
 */
public final class Masking {
    private Masking() {
    }

    public static String certno(String certno) {
        if (certno == null || certno.isEmpty()) {
            return "";
        }
        if (certno.length() <= 10) {
            return "*".repeat(certno.length());
        }
        return certno.substring(0, 6) + "*".repeat(certno.length() - 10) + certno.substring(certno.length() - 4);
    }

    public static String name(String name) {
        if (name == null || name.isEmpty()) {
            return "";
        }
        int first = name.offsetByCodePoints(0, 1);
        return name.substring(0, first) + "*".repeat(Math.max(1, name.codePointCount(first, name.length())));
    }

    public static String phone(String phone) {
        if (phone == null || phone.isEmpty()) {
            return "";
        }
        if (phone.length() <= 7) {
            return "*".repeat(phone.length());
        }
        return phone.substring(0, 3) + "*".repeat(phone.length() - 7) + phone.substring(phone.length() - 4);
    }
}
