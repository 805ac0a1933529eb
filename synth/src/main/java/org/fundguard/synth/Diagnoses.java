package org.fundguard.synth;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** The ICD-10 医保版 codes the pathways use (diagnoses.txt, taken from shared/data/icd-chs). */
public final class Diagnoses {
    private static final Map<String, String> NAMES = load();

    private Diagnoses() {
    }

    /** The code itself, checked against the embedded list so a typo fails loudly at start. */
    public static String code(String code) {
        if (!NAMES.containsKey(code)) {
            throw new IllegalArgumentException("diagnosis " + code + " is not in diagnoses.txt");
        }
        return code;
    }

    public static String name(String code) {
        return NAMES.get(code);
    }

    private static Map<String, String> load() {
        Map<String, String> m = new HashMap<>();
        try (InputStream in = Diagnoses.class.getResourceAsStream("diagnoses.txt");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    int bar = line.indexOf('|');
                    m.put(line.substring(0, bar), line.substring(bar + 1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read diagnoses.txt", e);
        }
        return m;
    }
}
