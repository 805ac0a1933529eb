package org.fundguard.platform.governance;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fundguard.core.Masking;

/**
 * Masks personal data a person may type into text that governance publishes (outcomes, 曝光台
 * summaries): resident ID numbers and mobile numbers, with core {@link Masking}. Names cannot be
 * recognised in free text, so the forms take the person's name in its own field: it is masked there and
 * wherever the text repeats it.
 */
public final class PersonalData {
    // 18-character resident ID (GB 11643: 17 digits and a digit or X) and 11-digit mainland mobiles
    private static final Pattern CERTNO = Pattern.compile("(?<![0-9A-Za-z])\\d{17}[0-9Xx](?![0-9A-Za-z])");
    private static final Pattern MOBILE = Pattern.compile("(?<!\\d)1[3-9]\\d{9}(?!\\d)");

    private PersonalData() {
    }

    public static String scrub(String text) {
        if (text == null || text.isEmpty()) {
            return text == null ? "" : text;
        }
        String out = replace(CERTNO.matcher(text), true);
        return replace(MOBILE.matcher(out), false);
    }

    /** As {@link #scrub(String)}, and every occurrence of the given names replaced by their masked form. */
    public static String scrub(String text, String... names) {
        String out = scrub(text);
        for (String name : names) {
            if (name != null && !name.isBlank()) {
                out = out.replace(name.strip(), Masking.name(name.strip()));
            }
        }
        return out;
    }

    private static String replace(Matcher m, boolean certno) {
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(b, Matcher.quoteReplacement(certno ? Masking.certno(m.group()) : Masking.phone(m.group())));
        }
        m.appendTail(b);
        return b.toString();
    }
}
