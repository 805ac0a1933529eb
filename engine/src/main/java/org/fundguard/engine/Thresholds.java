package org.fundguard.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * Thresholds and weights of rules and models, read from properties files (data, not code). Each file
 * documents where every value comes from. A missing or malformed value is an error naming the file
 * and the key, never a silent default.
 */
public final class Thresholds implements Serializable {
    private final String origin;
    private final Map<String, String> values;

    public Thresholds(String origin, Map<String, String> values) {
        this.origin = origin;
        this.values = Map.copyOf(values);
    }

    /** Loads a classpath resource (e.g. {@code /org/fundguard/engine/models/card-harvest.properties}). */
    public static Thresholds fromResource(String resource) {
        try (InputStream in = Thresholds.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("threshold file not found on the classpath: " + resource);
            }
            return parse(resource, in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    public static Thresholds fromFile(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(file.toString(), in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static Thresholds parse(String origin, InputStream in) throws IOException {
        Properties p = new Properties();
        p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        Map<String, String> m = new HashMap<>();
        p.stringPropertyNames().forEach(k -> m.put(k, p.getProperty(k).trim()));
        return new Thresholds(origin, m);
    }

    /** The same thresholds with some values replaced (back-tests, configuration overrides). */
    public Thresholds with(Map<String, String> overrides) {
        Map<String, String> m = new HashMap<>(values);
        m.putAll(overrides);
        return new Thresholds(origin + " (overridden)", m);
    }

    public String string(String key) {
        String v = values.get(key);
        if (v == null || v.isEmpty()) {
            throw new IllegalStateException(origin + ": threshold '" + key + "' is missing");
        }
        return v;
    }

    public int integer(String key) {
        try {
            return Integer.parseInt(string(key));
        } catch (NumberFormatException e) {
            throw new IllegalStateException(origin + ": threshold '" + key + "' is not a whole number: " + values.get(key));
        }
    }

    public double decimal(String key) {
        try {
            return Double.parseDouble(string(key));
        } catch (NumberFormatException e) {
            throw new IllegalStateException(origin + ": threshold '" + key + "' is not a number: " + values.get(key));
        }
    }

    /** A yuan amount as fen. */
    public long fen(String key) {
        try {
            return new BigDecimal(string(key)).movePointRight(2).longValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            throw new IllegalStateException(origin + ": threshold '" + key + "' is not a yuan amount: " + values.get(key));
        }
    }

    public Map<String, String> asMap() {
        return values;
    }

    public String origin() {
        return origin;
    }
}
