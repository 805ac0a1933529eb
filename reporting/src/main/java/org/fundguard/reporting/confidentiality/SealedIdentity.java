package org.fundguard.reporting.confidentiality;

import java.util.Base64;

/**
 * An encrypted reporter identity as stored: {@code v1.<key id>.<nonce>.<ciphertext+tag>} (base64url). The
 * key id travels with the ciphertext so that several keys can be readable during a rotation.
 */
public record SealedIdentity(String text) {
    static final String VERSION = "v1";

    public SealedIdentity {
        String[] parts = text == null ? new String[0] : text.split("\\.", -1);
        if (parts.length != 4 || !parts[0].equals(VERSION) || parts[1].isEmpty()) {
            throw new IllegalArgumentException("not a sealed identity (expected " + VERSION + ".<key>.<nonce>.<data>)");
        }
    }

    static SealedIdentity of(String keyId, byte[] nonce, byte[] ciphertext) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return new SealedIdentity(VERSION + "." + keyId + "." + b64.encodeToString(nonce) + "." + b64.encodeToString(ciphertext));
    }

    public String keyId() {
        return part(1);
    }

    byte[] nonce() {
        return Base64.getUrlDecoder().decode(part(2));
    }

    byte[] ciphertext() {
        return Base64.getUrlDecoder().decode(part(3));
    }

    private String part(int i) {
        return text.split("\\.", -1)[i];
    }

    @Override
    public String toString() {
        return "SealedIdentity[key " + keyId() + "]";
    }
}
