package org.fundguard.core.dataset;

import org.fundguard.core.ListType;
import org.fundguard.core.PractitionerType;

/**
 * The usual shapes of national codes. A code of another shape is reported as a WARNING only: local
 * exports and older catalogues carry codes from before the 2019-2020 national code unification
 * (医保信息业务编码标准), and they are still usable as keys.
 */
final class CodeShapes {
    private static final int[] CERTNO_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CERTNO_CHECK = "10X98765432";

    private CodeShapes() {
    }

    /** 定点医药机构编码: H (medical institution) or P (pharmacy) + 11 digits; null when fine. */
    static String institution(String code) {
        if (code.length() == 12 && (code.charAt(0) == 'H' || code.charAt(0) == 'P') && digitsFrom(code, 1)) {
            return null;
        }
        return "institution code is not H or P followed by 11 digits";
    }

    /** An 18-character resident ID number whose last character is its GB 11643-1999 check digit. */
    static String certno(String certno) {
        if (certno.length() != 18 || !digitsIn(certno, 0, 17)) {
            return "ID number is not 17 digits and a check character";
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (certno.charAt(i) - '0') * CERTNO_WEIGHTS[i];
        }
        char expected = CERTNO_CHECK.charAt(sum % 11);
        char actual = Character.toUpperCase(certno.charAt(17));
        return actual == expected ? null : "ID number check digit does not match (GB 11643-1999)";
    }

    /**
     * National catalogue codes: medical service items 15 digits, western and patent drugs 23
     * characters, consumables starting with C (国家医保医用耗材代码). Herbal pieces have codes of their
     * own shape and are not checked.
     */
    static String catalogue(String code, ListType type) {
        if (type == null) {
            return null;
        }
        return switch (type) {
            case SERVICE_ITEM -> code.length() == 15 && digitsFrom(code, 0) ? null
                    : "service item code is not 15 digits";
            case HERBAL_PIECES -> null;
            case WESTERN_DRUG -> code.length() == 23 && alphanumeric(code) ? null
                    : "drug code is not 23 letters and digits";
            case CONSUMABLE -> code.length() > 1 && code.charAt(0) == 'C' && alphanumeric(code) ? null
                    : "consumable code does not start with C";
        };
    }

    /** D + 11 or more digits for physicians, Y + digits for pharmacists, N + digits for nurses. */
    static String practitioner(String code, PractitionerType type) {
        if (type == null || code.length() < 2) {
            return type == null ? null : "practitioner code too short";
        }
        char expected = switch (type) {
            case DOCTOR -> 'D';
            case PHARMACIST -> 'Y';
            case NURSE -> 'N';
        };
        if (code.charAt(0) != expected || !digitsFrom(code, 1) || (type == PractitionerType.DOCTOR
                && code.length() < 12)) {
            return "practitioner code is not " + expected + " followed by digits";
        }
        return null;
    }

    /** 6-digit administrative division code (GB/T 2260). */
    static String division(String code) {
        return code.length() == 6 && digitsFrom(code, 0) ? null : "division code is not 6 digits";
    }

    private static boolean digitsFrom(String s, int from) {
        return digitsIn(s, from, s.length());
    }

    private static boolean digitsIn(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean alphanumeric(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z')) {
                return false;
            }
        }
        return true;
    }
}
