package org.fundguard.reporting.confidentiality;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Optional;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The query code and password a reporter — anonymous or named — receives on submit to follow the report.
 * The code is random (16 symbols of a 32-symbol alphabet without 0/O/1/I: 80 bits, so it cannot be
 * enumerated) and is stored in clear as the lookup key; the password is stored only as a PBKDF2-HMAC-SHA256
 * hash with a per-report random salt and compared in constant time.
 */
public final class FollowUpCredentials {
    /** OWASP Password Storage Cheat Sheet (2023): 600,000 iterations for PBKDF2-HMAC-SHA256. */
    public static final int DEFAULT_ITERATIONS = 600_000;
    static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    static final int CODE_SYMBOLS = 16;
    static final int PASSWORD_SYMBOLS = 12;
    static final int MIN_PASSWORD_CHARS = 8;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;

    private final SecureRandom random;
    private final int iterations;
    private final PasswordHash dummy;

    public FollowUpCredentials(SecureRandom random, int iterations) {
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be positive");
        }
        this.random = random;
        this.iterations = iterations;
        this.dummy = hash("unused-dummy-password".toCharArray());
    }

    /** What the submit page shows once (code and password) and what is stored (code and hash). */
    public record Issued(String queryCode, String password, PasswordHash stored) {
        @Override
        public String toString() {
            return "Issued[" + queryCode + ", password hidden]";
        }
    }

    /** A new code with a generated password (60 bits), for reporters who do not choose one. */
    public Issued issue() {
        String password = randomSymbols(PASSWORD_SYMBOLS).toLowerCase(java.util.Locale.ROOT);
        return new Issued(newQueryCode(), password, hash(password.toCharArray()));
    }

    /** A new code with the reporter's own password. */
    public Issued issue(char[] chosenPassword) {
        if (chosenPassword.length < MIN_PASSWORD_CHARS) {
            throw new IllegalArgumentException("查询密码至少 " + MIN_PASSWORD_CHARS + " 位");
        }
        return new Issued(newQueryCode(), null, hash(chosenPassword));
    }

    public String newQueryCode() {
        String s = randomSymbols(CODE_SYMBOLS);
        return s.substring(0, 4) + "-" + s.substring(4, 8) + "-" + s.substring(8, 12) + "-" + s.substring(12);
    }

    /** The code as typed (lower case, spaces, missing dashes) in its stored form, or empty when it cannot be one. */
    public static Optional<String> normalizeQueryCode(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        StringBuilder b = new StringBuilder(CODE_SYMBOLS);
        for (int i = 0; i < typed.length(); i++) {
            char c = Character.toUpperCase(typed.charAt(i));
            if (c == '-' || c == ' ') {
                continue;
            }
            if (ALPHABET.indexOf(c) < 0 || b.length() == CODE_SYMBOLS) {
                return Optional.empty();
            }
            b.append(c);
        }
        if (b.length() != CODE_SYMBOLS) {
            return Optional.empty();
        }
        return Optional.of(b.substring(0, 4) + "-" + b.substring(4, 8) + "-" + b.substring(8, 12) + "-" + b.substring(12));
    }

    public PasswordHash hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        return new PasswordHash(iterations, salt, pbkdf2(password, salt, iterations));
    }

    /**
     * Checks a password against the stored hash of the report the code named. With no such report the
     * same work is done against a dummy hash, so the answer time does not tell which codes exist.
     */
    public boolean verify(Optional<PasswordHash> stored, char[] password) {
        PasswordHash h = stored.orElse(dummy);
        byte[] candidate = pbkdf2(password, h.salt(), h.iterations());
        boolean same = MessageDigest.isEqual(candidate, h.hash());
        Arrays.fill(candidate, (byte) 0);
        return same && stored.isPresent();
    }

    private String randomSymbols(int n) {
        char[] out = new char[n];
        for (int i = 0; i < n; i++) {
            out[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
        }
        return new String(out);
    }

    private static byte[] pbkdf2(char[] password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 unavailable in this JDK", e);
        } finally {
            spec.clearPassword();
        }
    }
}
