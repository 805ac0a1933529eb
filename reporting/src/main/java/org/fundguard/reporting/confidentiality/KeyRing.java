package org.fundguard.reporting.confidentiality;

import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The identity-encryption keys from configuration: {@code keys.<id>=<base64 AES key>} for every key still
 * readable and {@code active=<id>} for the one that encrypts. Rotation: add a new key, make it active,
 * re-seal the stored identities ({@link IdentityCipher#reseal}), then retire the old key by removing it
 * from configuration — identities it sealed are unreadable from then on, so retire only after the re-seal.
 * Error messages name key ids, never key material.
 */
public final class KeyRing {
    private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9_-]{1,32}");

    private final Map<String, SecretKey> keys;
    private final String activeId;

    private KeyRing(Map<String, SecretKey> keys, String activeId) {
        this.keys = Map.copyOf(keys);
        this.activeId = activeId;
    }

    /** Reads {@code keys.<id>} and {@code active} from configuration entries (prefix already stripped). */
    public static KeyRing fromConfiguration(Map<String, String> config) {
        Map<String, SecretKey> keys = new TreeMap<>();
        for (Map.Entry<String, String> e : config.entrySet()) {
            if (!e.getKey().startsWith("keys.")) {
                continue;
            }
            String id = e.getKey().substring("keys.".length());
            if (!KEY_ID.matcher(id).matches()) {
                throw new IllegalArgumentException("identity key id '" + id + "' must be 1-32 letters, digits, '-' or '_'");
            }
            byte[] raw;
            try {
                raw = Base64.getDecoder().decode(e.getValue().strip());
            } catch (IllegalArgumentException notBase64) {
                throw new IllegalArgumentException("identity key " + id + " is not valid base64");
            }
            // AES-256 only: the 128/192-bit sizes would be accepted by the JDK but are below the platform's bar
            if (raw.length != 32) {
                throw new IllegalArgumentException("identity key " + id + " must be 32 bytes (AES-256), is " + raw.length);
            }
            keys.put(id, new SecretKeySpec(raw, "AES"));
        }
        String active = Optional.ofNullable(config.get("active")).map(String::strip).orElse("");
        if (active.isEmpty()) {
            throw new IllegalArgumentException("no active identity key configured (active=<key id>)");
        }
        if (!keys.containsKey(active)) {
            throw new IllegalArgumentException("active identity key " + active + " is not among the configured keys " + keys.keySet());
        }
        return new KeyRing(keys, active);
    }

    public String activeId() {
        return activeId;
    }

    public Set<String> readableIds() {
        return keys.keySet();
    }

    SecretKey active() {
        return keys.get(activeId);
    }

    Optional<SecretKey> key(String id) {
        return Optional.ofNullable(keys.get(id));
    }
}
