package org.fundguard.platform.reports;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.fundguard.reporting.confidentiality.KeyRing;

/**
 * Where the identity keys come from: configuration ({@code fundguard.reports.keys.<id>} and
 * {@code fundguard.reports.active}, normally from the secret store), otherwise a key file in the data
 * directory that is generated on the first start, readable by its owner only — like demo-logins.txt. A
 * throw-away (ephemeral) platform keeps a random key in memory.
 */
final class ReportKeys {
    static final String KEY_FILE = "report-keys.properties";

    private ReportKeys() {
    }

    static KeyRing load(ReportsProperties p, Path dataDir, boolean ephemeral, SecureRandom random) {
        if (!p.keys().isEmpty()) {
            Map<String, String> config = new HashMap<>();
            p.keys().forEach((id, key) -> config.put("keys." + id, key));
            config.put("active", p.active() == null ? "" : p.active());
            return KeyRing.fromConfiguration(config);
        }
        if (ephemeral) {
            return KeyRing.fromConfiguration(generated(random));
        }
        Path file = dataDir.resolve(KEY_FILE);
        if (!Files.exists(file)) {
            write(file, generated(random));
        }
        Properties props = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            props.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the report identity key file " + file, e);
        }
        Map<String, String> config = new HashMap<>();
        props.stringPropertyNames().forEach(n -> config.put(n, props.getProperty(n)));
        try {
            return KeyRing.fromConfiguration(config);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(file + ": " + e.getMessage());
        }
    }

    private static Map<String, String> generated(SecureRandom random) {
        byte[] key = new byte[32];
        random.nextBytes(key);
        String id = "k" + LocalDate.now().format(DateTimeFormatter.BASIC_ISO_DATE);
        return Map.of("keys." + id, Base64.getEncoder().encodeToString(key), "active", id);
    }

    private static void write(Path file, Map<String, String> config) {
        StringBuilder text = new StringBuilder("# Reporter identity keys (AES-256). Keep this file secret and backed up: without it\n"
                + "# the sealed identities of reporters cannot be opened. Rotation: docs/reporting.md.\n");
        config.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> text.append(e.getKey()).append('=').append(e.getValue()).append('\n'));
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, "", StandardCharsets.UTF_8);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system: the data directory's own protection applies
            }
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report identity key file " + file, e);
        }
    }
}
