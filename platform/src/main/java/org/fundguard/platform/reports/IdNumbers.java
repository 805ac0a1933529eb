package org.fundguard.platform.reports;

/** Checks of what a named reporter types, so a mistyped ID number or phone is caught while they are there. */
final class IdNumbers {
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    private IdNumbers() {
    }

    /** 居民身份证号码: 18 characters, the last the GB 11643-1999 check character (ISO 7064 MOD 11-2). */
    static boolean validCitizenId(String id) {
        if (id.length() != 18) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            char c = id.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            sum += (c - '0') * WEIGHTS[i];
        }
        return Character.toUpperCase(id.charAt(17)) == CHECK[sum % 11];
    }

    /** A mainland mobile number (11 digits from 1) or a landline with area code (digits and dashes, 7-20). */
    static boolean validPhone(String phone) {
        if (phone.length() == 11 && phone.charAt(0) == '1' && phone.chars().allMatch(Character::isDigit)) {
            return true;
        }
        return phone.length() >= 7 && phone.length() <= 20 && phone.charAt(0) == '0'
                && phone.chars().allMatch(c -> Character.isDigit(c) || c == '-');
    }
}
