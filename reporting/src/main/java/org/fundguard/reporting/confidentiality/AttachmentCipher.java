package org.fundguard.reporting.confidentiality;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts report attachments at rest: they are evidence and may identify the reporter (a photo, a voice), so
 * they get the same keys and rotation as identities. A file may be 10 MB or more, and JDK GCM releases nothing
 * before the whole ciphertext is checked, so a file is cut into 64 KiB segments, each its own AES-256-GCM
 * message (the "STREAM" construction of Hoang, Reyhanitabar, Rogaway and Vizár, 2015, as in Tink's streaming
 * AEAD): the nonce is a per-file prefix, the segment number and a last-segment flag, so reordered, dropped or
 * appended segments fail to open. Each file has its own key, derived with HKDF-SHA256 (RFC 5869) from the ring's
 * key, a random 128-bit salt and the report id: no nonce is ever repeated under one key, and a file moved to
 * another report does not open.
 *
 * <p>Stored layout: {@code "FGA1"}, key id length (1 byte), key id (ASCII), salt (16), nonce prefix (7), then
 * the segments. The header is the associated data of every segment.
 */
public final class AttachmentCipher {
    static final int SEGMENT = 64 * 1024;
    private static final int TAG_BYTES = 16;
    private static final int SALT_BYTES = 16;
    private static final int PREFIX_BYTES = 7;
    private static final byte[] MAGIC = {'F', 'G', 'A', '1'};
    private static final String INFO = "fundguard/report-attachment/v1";

    private final KeyRing keys;
    private final SecureRandom random;

    public AttachmentCipher(KeyRing keys, SecureRandom random) {
        this.keys = keys;
        this.random = random;
    }

    /** What a seal wrote: under which key, and the size and SHA-256 of the plaintext (the evidence's fingerprint). */
    public record Sealed(String keyId, long size, String sha256) {
    }

    /** Encrypts {@code plain} into {@code out} under the active key; neither stream is closed. */
    public Sealed seal(String reportId, InputStream plain, OutputStream out) throws IOException {
        requireReportId(reportId);
        String keyId = keys.activeId();
        byte[] salt = new byte[SALT_BYTES];
        byte[] prefix = new byte[PREFIX_BYTES];
        random.nextBytes(salt);
        random.nextBytes(prefix);
        byte[] header = header(keyId, salt, prefix);
        out.write(header);
        SecretKey fileKey = fileKey(keys.active(), salt, reportId);
        MessageDigest sha = sha256();
        Cipher c = gcm();
        byte[] a = new byte[SEGMENT];
        byte[] b = new byte[SEGMENT];
        byte[] sealed = new byte[SEGMENT + TAG_BYTES];
        long size = 0;
        int n = plain.readNBytes(a, 0, SEGMENT);
        for (int segment = 0; ; segment++) {
            // a segment is the last one when nothing follows it; reading one ahead tells
            int m = n < SEGMENT ? 0 : plain.readNBytes(b, 0, SEGMENT);
            boolean last = m == 0;
            sha.update(a, 0, n);
            size += n;
            try {
                c.init(Cipher.ENCRYPT_MODE, fileKey, new GCMParameterSpec(TAG_BYTES * 8, nonce(prefix, segment, last)));
                c.updateAAD(header);
                int len = c.doFinal(a, 0, n, sealed, 0);
                out.write(sealed, 0, len);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("AES-GCM unavailable in this JDK", e);
            }
            if (last) {
                break;
            }
            byte[] t = a;
            a = b;
            b = t;
            n = m;
            if (segment == Integer.MAX_VALUE - 1) {
                throw new IOException("attachment too large to seal");
            }
        }
        Arrays.fill(a, (byte) 0);
        Arrays.fill(b, (byte) 0);
        return new Sealed(keyId, size, HexFormat.of().formatHex(sha.digest()));
    }

    /**
     * The plaintext of a sealed file, read as it is decrypted: each segment is released only once its tag is
     * checked. A file altered, cut short, moved to another report or sealed with a key no longer configured
     * throws {@link AttachmentUnreadableException} (an {@link IOException}) while being read.
     */
    public InputStream open(String reportId, InputStream sealed) throws IOException {
        requireReportId(reportId);
        DataInputStream in = new DataInputStream(sealed);
        byte[] magic = new byte[MAGIC.length];
        try {
            in.readFully(magic);
            if (!Arrays.equals(magic, MAGIC)) {
                throw new AttachmentUnreadableException("attachment of report " + reportId + " is not a sealed attachment");
            }
            int idLength = in.readUnsignedByte();
            byte[] id = new byte[idLength];
            in.readFully(id);
            byte[] salt = new byte[SALT_BYTES];
            in.readFully(salt);
            byte[] prefix = new byte[PREFIX_BYTES];
            in.readFully(prefix);
            String keyId = new String(id, StandardCharsets.US_ASCII);
            SecretKey master = keys.key(keyId).orElseThrow(() -> new AttachmentUnreadableException("attachment of report "
                    + reportId + " is sealed with key " + keyId + ", which is no longer configured (retired before the re-seal?)"));
            return new Opening(reportId, in, header(keyId, salt, prefix), fileKey(master, salt, reportId), prefix);
        } catch (EOFException e) {
            throw new AttachmentUnreadableException("attachment of report " + reportId + " is cut short");
        }
    }

    /** The key id in a sealed file's header, without opening it (a rotation finds what to re-seal). */
    public static String keyIdOf(InputStream sealed) throws IOException {
        DataInputStream in = new DataInputStream(sealed);
        byte[] magic = new byte[MAGIC.length];
        in.readFully(magic);
        if (!Arrays.equals(magic, MAGIC)) {
            throw new AttachmentUnreadableException("not a sealed attachment");
        }
        byte[] id = new byte[in.readUnsignedByte()];
        in.readFully(id);
        return new String(id, StandardCharsets.US_ASCII);
    }

    public boolean needsReseal(String keyId) {
        return !keys.activeId().equals(keyId);
    }

    private final class Opening extends InputStream {
        private final String reportId;
        private final InputStream in;
        private final byte[] header;
        private final SecretKey key;
        private final byte[] prefix;
        private final Cipher c = gcm();
        private byte[] current = new byte[SEGMENT + TAG_BYTES];
        private byte[] ahead = new byte[SEGMENT + TAG_BYTES];
        private int aheadLength = -1;
        private final byte[] plain = new byte[SEGMENT];
        private int pos;
        private int limit;
        private int segment;
        private boolean done;

        Opening(String reportId, InputStream in, byte[] header, SecretKey key, byte[] prefix) {
            this.reportId = reportId;
            this.in = in;
            this.header = header;
            this.key = key;
            this.prefix = prefix;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            while (pos == limit) {
                if (done) {
                    return -1;
                }
                nextSegment();
            }
            int n = Math.min(len, limit - pos);
            System.arraycopy(plain, pos, b, off, n);
            pos += n;
            return n;
        }

        private void nextSegment() throws IOException {
            int n;
            if (aheadLength >= 0) {
                byte[] t = current;
                current = ahead;
                ahead = t;
                n = aheadLength;
            } else {
                n = in.readNBytes(current, 0, current.length);
            }
            // only a full segment can have one after it; a shorter one must be the last
            aheadLength = n < current.length ? 0 : in.readNBytes(ahead, 0, ahead.length);
            boolean last = aheadLength == 0;
            if (n < TAG_BYTES) {
                throw new AttachmentUnreadableException("attachment of report " + reportId + " is cut short");
            }
            try {
                c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BYTES * 8, nonce(prefix, segment, last)));
                c.updateAAD(header);
                limit = c.doFinal(current, 0, n, plain, 0);
                pos = 0;
            } catch (AEADBadTagException e) {
                throw new AttachmentUnreadableException("attachment of report " + reportId + " does not open at segment "
                        + segment + ": it was sealed for another report, altered or cut short");
            } catch (GeneralSecurityException e) {
                throw new AttachmentUnreadableException("attachment of report " + reportId + " is damaged");
            }
            segment++;
            done = last;
        }

        @Override
        public void close() throws IOException {
            Arrays.fill(plain, (byte) 0);
            in.close();
        }
    }

    private static byte[] header(String keyId, byte[] salt, byte[] prefix) {
        byte[] id = keyId.getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream h = new ByteArrayOutputStream(MAGIC.length + 1 + id.length + SALT_BYTES + PREFIX_BYTES);
        h.writeBytes(MAGIC);
        h.write(id.length);
        h.writeBytes(id);
        h.writeBytes(salt);
        h.writeBytes(prefix);
        return h.toByteArray();
    }

    private static byte[] nonce(byte[] prefix, int segment, boolean last) {
        byte[] n = new byte[12];
        System.arraycopy(prefix, 0, n, 0, PREFIX_BYTES);
        n[7] = (byte) (segment >>> 24);
        n[8] = (byte) (segment >>> 16);
        n[9] = (byte) (segment >>> 8);
        n[10] = (byte) segment;
        n[11] = (byte) (last ? 1 : 0);
        return n;
    }

    /** HKDF-SHA256 (RFC 5869), one output block: extract with the salt, expand with the purpose and report id. */
    private static SecretKey fileKey(SecretKey master, byte[] salt, String reportId) {
        byte[] ikm = master.getEncoded();
        byte[] prk = null;
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(salt, "HmacSHA256"));
            prk = mac.doFinal(ikm);
            mac.init(new SecretKeySpec(prk, "HmacSHA256"));
            mac.update((INFO + "\u0000" + reportId).getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 1);
            byte[] okm = mac.doFinal();
            SecretKey k = new SecretKeySpec(okm, "AES");
            Arrays.fill(okm, (byte) 0);
            return k;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable in this JDK", e);
        } finally {
            Arrays.fill(ikm, (byte) 0);
            if (prk != null) {
                Arrays.fill(prk, (byte) 0);
            }
        }
    }

    private static Cipher gcm() {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable in this JDK", e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void requireReportId(String reportId) {
        if (reportId == null || reportId.isBlank()) {
            throw new IllegalArgumentException("a sealed attachment belongs to a report: report id required");
        }
    }
}
