package org.fundguard.platform.runs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Unpacks an uploaded data set (a zip of the directory's files) under the data directory. Entries may
 * sit in one top folder; paths that leave the target (zip slip) and archives that unpack beyond the
 * limit (zip bombs) are refused.
 */
final class Uploads {
    static final long MAX_UNPACKED_BYTES = 8L << 30;

    private Uploads() {
    }

    static Path unzip(InputStream zip, Path datasetsDir) {
        String name = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + "-"
                + UUID.randomUUID().toString().substring(0, 8);
        Path target = datasetsDir.resolve(name).toAbsolutePath().normalize();
        long total = 0;
        int files = 0;
        try (ZipInputStream in = new ZipInputStream(zip)) {
            Files.createDirectories(target);
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                if (e.isDirectory()) {
                    continue;
                }
                String fileName = Path.of(e.getName()).getFileName().toString();
                Path out = target.resolve(fileName).normalize();
                if (!out.startsWith(target) || !fileName.matches("[A-Za-z0-9_.-]+")) {
                    throw new RunException("the archive holds a file name that is not allowed: " + e.getName());
                }
                try (var os = Files.newOutputStream(out)) {
                    byte[] buf = new byte[1 << 16];
                    int n;
                    while ((n = in.read(buf)) > 0) {
                        total += n;
                        if (total > MAX_UNPACKED_BYTES) {
                            throw new RunException("the archive unpacks to more than " + (MAX_UNPACKED_BYTES >> 30) + " GB");
                        }
                        os.write(buf, 0, n);
                    }
                }
                files++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack the upload", e);
        }
        if (files == 0) {
            throw new RunException("the upload is not a zip archive with files in it");
        }
        return target;
    }
}
