package org.fundguard.reporting.confidentiality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AttachmentCipherTest {
    private static final String K2025 = key(1);
    private static final String K2026 = key(2);
    private static final int SEG = AttachmentCipher.SEGMENT;
    private static final byte[] MARKER = "举报人王五的录音-MARKER-7f3a".getBytes(StandardCharsets.UTF_8);

    private static String key(int fill) {
        byte[] raw = new byte[32];
        Arrays.fill(raw, (byte) fill);
        return Base64.getEncoder().encodeToString(raw);
    }

    private static AttachmentCipher cipher(Map<String, String> config) {
        return new AttachmentCipher(KeyRing.fromConfiguration(config), new SecureRandom());
    }

    private static final AttachmentCipher ONLY_2025 = cipher(Map.of("keys.k2025", K2025, "active", "k2025"));

    private static byte[] evidence(int size) {
        byte[] b = new byte[size];
        for (int i = 0; i < size; i++) {
            b[i] = (byte) (i * 31 + 7);
        }
        // the marker repeated so that it would be found in any plaintext segment
        for (int at = 0; at + MARKER.length <= size; at += SEG / 2) {
            System.arraycopy(MARKER, 0, b, at, MARKER.length);
        }
        return b;
    }

    private static byte[] seal(AttachmentCipher c, String reportId, byte[] plain) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        c.seal(reportId, new ByteArrayInputStream(plain), out);
        return out.toByteArray();
    }

    private static byte[] open(AttachmentCipher c, String reportId, byte[] sealed) throws IOException {
        try (InputStream in = c.open(reportId, new ByteArrayInputStream(sealed))) {
            return in.readAllBytes();
        }
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 100, 65535, 65536, 65537, 3 * 65536, 200_003})
    void opensWhatItSealedAtEverySegmentBoundary(int size) throws IOException {
        byte[] plain = evidence(size);

        byte[] sealed = seal(ONLY_2025, "JB-2026-000001", plain);

        assertThat(open(ONLY_2025, "JB-2026-000001", sealed)).isEqualTo(plain);
        if (size >= MARKER.length) {
            assertThat(contains(sealed, MARKER)).isFalse();
        }
    }

    @Test
    void reportsTheSizeAndSha256OfThePlaintext() throws Exception {
        byte[] plain = evidence(150_000);

        AttachmentCipher.Sealed s = ONLY_2025.seal("R-1", new ByteArrayInputStream(plain), new ByteArrayOutputStream());

        assertThat(s.keyId()).isEqualTo("k2025");
        assertThat(s.size()).isEqualTo(150_000);
        assertThat(s.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(plain)));
    }

    @Test
    void refusesAFileMovedToAnotherReport() throws IOException {
        byte[] sealed = seal(ONLY_2025, "R-1", evidence(1000));

        assertThatThrownBy(() -> open(ONLY_2025, "R-2", sealed)).isInstanceOf(AttachmentUnreadableException.class)
                .hasMessageContaining("another report");
    }

    @Test
    void refusesAFileCutAtASegmentBoundary() throws IOException {
        byte[] sealed = seal(ONLY_2025, "R-1", evidence(3 * SEG));
        int header = sealed.length - 3 * (SEG + 16);
        byte[] twoSegments = Arrays.copyOf(sealed, header + 2 * (SEG + 16));

        assertThatThrownBy(() -> open(ONLY_2025, "R-1", twoSegments)).isInstanceOf(AttachmentUnreadableException.class);
    }

    @Test
    void refusesSwappedSegmentsAndAFlippedBit() throws IOException {
        byte[] sealed = seal(ONLY_2025, "R-1", evidence(2 * SEG + 10));
        int header = sealed.length - (2 * (SEG + 16) + 10 + 16);
        byte[] swapped = sealed.clone();
        System.arraycopy(sealed, header + SEG + 16, swapped, header, SEG + 16);
        System.arraycopy(sealed, header, swapped, header + SEG + 16, SEG + 16);
        byte[] flipped = sealed.clone();
        flipped[sealed.length - 20] ^= 1;

        assertThatThrownBy(() -> open(ONLY_2025, "R-1", swapped)).isInstanceOf(AttachmentUnreadableException.class);
        assertThatThrownBy(() -> open(ONLY_2025, "R-1", flipped)).isInstanceOf(AttachmentUnreadableException.class);
    }

    @Test
    void anOldKeyStillOpensDuringRotationAndARetiredOneIsNamed() throws IOException {
        byte[] plain = evidence(70_000);
        byte[] under2025 = seal(ONLY_2025, "R-1", plain);
        AttachmentCipher both = cipher(Map.of("keys.k2025", K2025, "keys.k2026", K2026, "active", "k2026"));
        AttachmentCipher only2026 = cipher(Map.of("keys.k2026", K2026, "active", "k2026"));

        String keyId = AttachmentCipher.keyIdOf(new ByteArrayInputStream(under2025));
        assertThat(keyId).isEqualTo("k2025");
        assertThat(both.needsReseal(keyId)).isTrue();
        ByteArrayOutputStream resealed = new ByteArrayOutputStream();
        both.seal("R-1", both.open("R-1", new ByteArrayInputStream(under2025)), resealed);

        assertThat(AttachmentCipher.keyIdOf(new ByteArrayInputStream(resealed.toByteArray()))).isEqualTo("k2026");
        assertThat(open(only2026, "R-1", resealed.toByteArray())).isEqualTo(plain);
        assertThatThrownBy(() -> only2026.open("R-1", new ByteArrayInputStream(under2025)))
                .isInstanceOf(AttachmentUnreadableException.class).hasMessageContaining("k2025");
    }

    @Test
    void twoSealsOfTheSameFileDiffer() throws IOException {
        byte[] plain = evidence(5000);

        assertThat(seal(ONLY_2025, "R-1", plain)).isNotEqualTo(seal(ONLY_2025, "R-1", plain));
    }

    @Test
    void refusesAPlaintextFileAsSealed() {
        assertThatThrownBy(() -> open(ONLY_2025, "R-1", evidence(500))).isInstanceOf(AttachmentUnreadableException.class)
                .hasMessageContaining("not a sealed attachment");
    }
}
