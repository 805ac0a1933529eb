package org.fundguard.platform.cases;

/**
 * Whether a text meant for the public carries an ID number (18 characters, 17 digits and a digit or X) or a
 * mobile number (11 digits starting with 1): 《个人信息保护法》 — typical cases are published without them.
 */
final class PersonalData {
    private PersonalData() {
    }

    static boolean found(String text) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch >= '0' && ch <= '9') {
                run++;
                if (run == 11 && text.charAt(i - 10) == '1' && (i + 1 == text.length() || !isDigit(text.charAt(i + 1)))) {
                    return true;
                }
                if (run == 17 && i + 1 < text.length() && (isDigit(text.charAt(i + 1)) || text.charAt(i + 1) == 'X'
                        || text.charAt(i + 1) == 'x')) {
                    return true;
                }
            } else {
                run = 0;
            }
        }
        return false;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
