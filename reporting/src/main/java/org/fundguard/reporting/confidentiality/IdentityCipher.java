package org.fundguard.reporting.confidentiality;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Encrypts reporter identities at rest with AES-256-GCM (举报处理暂行办法: 对举报人的信息予以严格保密).
 * Every seal draws a fresh random 96-bit nonce (NIST SP 800-38D's recommended IV length; random nonces are
 * safe far beyond the number of reports a region receives under one key). The associated data binds the
 * ciphertext to its report id and key id: a ciphertext copied into another report's row fails to open.
 * Opening is package-private: outside this package an identity is read only through {@link IdentityReveal}.
 */
public final class IdentityCipher {
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final String AAD_PREFIX = "fundguard/reporter-identity/" + SealedIdentity.VERSION;

    private final KeyRing keys;
    private final SecureRandom random;

    public IdentityCipher(KeyRing keys, SecureRandom random) {
        this.keys = keys;
        this.random = random;
    }

    public SealedIdentity seal(String reportId, ReporterIdentity identity) {
        requireReportId(reportId);
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] plain = encode(identity);
        try {
            Cipher c = Cipher.getInstance(TRANSFORMATION);
            c.init(Cipher.ENCRYPT_MODE, keys.active(), new GCMParameterSpec(TAG_BITS, nonce));
            c.updateAAD(aad(reportId, keys.activeId()));
            return SealedIdentity.of(keys.activeId(), nonce, c.doFinal(plain));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable in this JDK", e);
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
    }

    ReporterIdentity open(String reportId, SealedIdentity sealed) {
        requireReportId(reportId);
        SecretKey key = keys.key(sealed.keyId()).orElseThrow(() -> new IdentityUnreadableException(
                "identity of report " + reportId + " is sealed with key " + sealed.keyId()
                        + ", which is no longer configured (retired before the re-seal?)"));
        byte[] plain = null;
        try {
            Cipher c = Cipher.getInstance(TRANSFORMATION);
            c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed.nonce()));
            c.updateAAD(aad(reportId, sealed.keyId()));
            plain = c.doFinal(sealed.ciphertext());
            return decode(plain);
        } catch (AEADBadTagException e) {
            throw new IdentityUnreadableException("identity of report " + reportId
                    + " does not open: it was sealed for another report or altered");
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IdentityUnreadableException("identity of report " + reportId + " is damaged");
        } finally {
            if (plain != null) {
                Arrays.fill(plain, (byte) 0);
            }
        }
    }

    /** Whether the identity is sealed with a key other than the active one (a rotation must re-seal it). */
    public boolean needsReseal(SealedIdentity sealed) {
        return !sealed.keyId().equals(keys.activeId());
    }

    /** Re-encrypts under the active key (key rotation); identities already under it are returned as they are. */
    public SealedIdentity reseal(String reportId, SealedIdentity sealed) {
        return needsReseal(sealed) ? seal(reportId, open(reportId, sealed)) : sealed;
    }

    private static void requireReportId(String reportId) {
        if (reportId == null || reportId.isBlank()) {
            throw new IllegalArgumentException("a sealed identity belongs to a report: report id required");
        }
    }

    private static byte[] aad(String reportId, String keyId) {
        return (AAD_PREFIX + "\u0000" + reportId + "\u0000" + keyId).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] encode(ReporterIdentity id) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(128);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeUTF(id.name());
            out.writeUTF(id.idNumber());
            out.writeUTF(id.phone());
            out.writeUTF(id.contact());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static ReporterIdentity decode(byte[] plain) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(plain))) {
            return new ReporterIdentity(in.readUTF(), in.readUTF(), in.readUTF(), in.readUTF());
        } catch (IOException e) {
            throw new IllegalArgumentException("malformed identity plaintext");
        }
    }
}
