package org.fundguard.reporting.confidentiality;

import java.util.Base64;

/**
 * A stored follow-up password: {@code pbkdf2-sha256$<iterations>$<salt>$<hash>} (base64). The iteration
 * count is stored with each hash so that raising it later leaves old reports verifiable.
 */
public record PasswordHash(int iterations, byte[] salt, byte[] hash) {
    static final String SCHEME = "pbkdf2-sha256";

    public String encoded() {
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return SCHEME + "$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }

    public static PasswordHash parse(String encoded) {
        String[] p = encoded == null ? new String[0] : encoded.split("\\$", -1);
        if (p.length != 4 || !p[0].equals(SCHEME)) {
            throw new IllegalArgumentException("not a " + SCHEME + " password hash");
        }
        try {
            return new PasswordHash(Integer.parseInt(p[1]), Base64.getDecoder().decode(p[2]), Base64.getDecoder().decode(p[3]));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("damaged " + SCHEME + " password hash");
        }
    }

    @Override
    public String toString() {
        return SCHEME + "$" + iterations + "$…";
    }
}
