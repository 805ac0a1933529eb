package org.fundguard.platform.reports;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.fundguard.platform.PlatformProperties;
import org.springframework.stereotype.Component;

/**
 * Attachment files of reports, under {@code <data-dir>/report-attachments}: outside anything the web server
 * serves, named by 128 random bits (never by what the sender called the file), readable by the owner only,
 * each with the SHA-256 of its bytes recorded so that the evidence can be shown unaltered later.
 */
@Component
class AttachmentStore {
    private final Path dir;
    private final SecureRandom random = new SecureRandom();

    AttachmentStore(PlatformProperties platform) {
        this.dir = platform.dataDir().resolve("report-attachments");
    }

    record Stored(String storageName, long size, String sha256) {
    }

    Stored write(InputStream in) throws IOException {
        Files.createDirectories(dir);
        byte[] name = new byte[16];
        random.nextBytes(name);
        String storageName = HexFormat.of().formatHex(name);
        Path file = dir.resolve(storageName);
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        long size;
        try (InputStream digesting = new DigestInputStream(in, sha);
                OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system: the data directory's own protection applies
            }
            size = digesting.transferTo(out);
        }
        return new Stored(storageName, size, HexFormat.of().formatHex(sha.digest()));
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
