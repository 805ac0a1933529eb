package org.fundguard.platform.reports;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.fundguard.platform.PlatformProperties;
import org.fundguard.reporting.confidentiality.AttachmentCipher;
import org.springframework.stereotype.Component;

/**
 * Attachment files of reports, under {@code <data-dir>/report-attachments}: outside anything the web server
 * serves, named by 128 random bits (never by what the sender called the file), readable by the owner only, and
 * encrypted (AES-256-GCM under the reports key ring, {@link AttachmentCipher}) — the bytes on disk are never the
 * evidence itself. The SHA-256 of the plaintext is recorded so that the evidence can be shown unaltered later.
 */
@Component
class AttachmentStore {
    private final Path dir;
    private final AttachmentCipher cipher;
    private final SecureRandom random = new SecureRandom();

    AttachmentStore(PlatformProperties platform, AttachmentCipher cipher) {
        this.dir = platform.dataDir().resolve("report-attachments");
        this.cipher = cipher;
    }

    record Stored(String storageName, long size, String sha256, String keyId) {
    }

    /** Seals the plaintext into a new file of the report. */
    Stored write(String reportId, InputStream plain) throws IOException {
        Files.createDirectories(dir);
        byte[] name = new byte[16];
        random.nextBytes(name);
        String storageName = HexFormat.of().formatHex(name);
        Path file = dir.resolve(storageName);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE), 64 * 1024)) {
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system: the data directory's own protection applies
            }
            AttachmentCipher.Sealed s = cipher.seal(reportId, plain, out);
            return new Stored(storageName, s.size(), s.sha256(), s.keyId());
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
    }

    /** The plaintext of a stored file, decrypted as it is read; the caller closes it. */
    InputStream open(String reportId, String storageName) throws IOException {
        InputStream raw = new BufferedInputStream(Files.newInputStream(path(storageName)), 64 * 1024);
        try {
            return cipher.open(reportId, raw);
        } catch (IOException | RuntimeException e) {
            raw.close();
            throw e;
        }
    }

    /** The stored bytes as they are, for a file written before attachments were sealed (V21). */
    InputStream openPlaintext(String storageName) throws IOException {
        return new BufferedInputStream(Files.newInputStream(path(storageName)), 64 * 1024);
    }

    boolean needsReseal(String keyId) {
        return keyId == null || cipher.needsReseal(keyId);
    }

    boolean exists(String storageName) {
        return Files.isReadable(path(storageName));
    }

    Path path(String storageName) {
        if (!storageName.matches("[0-9a-f]{32}")) {
            throw new IllegalArgumentException("not an attachment name");
        }
        return dir.resolve(storageName);
    }

    void delete(String storageName) {
        try {
            Files.deleteIfExists(path(storageName));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete attachment " + storageName, e);
        }
    }
}
