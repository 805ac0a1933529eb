package org.fundguard.platform.reports;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A small arithmetic question in front of the public form, to keep scripts that post blindly out. The
 * server keeps nothing until the answer comes back: the token carries a random nonce and the expiry,
 * signed with HMAC-SHA256 over the nonce, the expiry and the right answer — the answer itself is not in
 * the token. A token is good for one report (the nonce is recorded when used) and until it expires.
 */
final class Challenge {
    private static final String HMAC = "HmacSHA256";

    private final byte[] key;
    private final SecureRandom random;
    private final Duration validity;

    Challenge(byte[] key, SecureRandom random, Duration validity) {
        this.key = key.clone();
        this.random = random;
        this.validity = validity;
    }

    record Question(int a, int b, String token) {
        public String text() {
            return a + " + " + b + " = ?";
        }
    }

    enum Outcome {
        RIGHT, WRONG, EXPIRED, MALFORMED
    }

    /** A verified token: its nonce is what must not be used twice. */
    record Checked(Outcome outcome, String nonce) {
    }

    Question ask(Instant now) {
        int a = 2 + random.nextInt(18);
        int b = 2 + random.nextInt(18);
        byte[] n = new byte[16];
        random.nextBytes(n);
        String nonce = Base64.getUrlEncoder().withoutPadding().encodeToString(n);
        long expires = now.plus(validity).getEpochSecond();
        return new Question(a, b, nonce + "." + expires + "." + sign(nonce, expires, a + b));
    }

    Checked check(String token, String answer, Instant now) {
        String[] parts = token == null ? new String[0] : token.split("\\.", -1);
        if (parts.length != 3) {
            return new Checked(Outcome.MALFORMED, null);
        }
        long expires;
        try {
            expires = Long.parseLong(parts[1]);
        } catch (NumberFormatException e) {
            return new Checked(Outcome.MALFORMED, null);
        }
        Optional<Integer> given = number(answer);
        if (given.isEmpty()) {
            return new Checked(Outcome.WRONG, parts[0]);
        }
        byte[] expected = sign(parts[0], expires, given.get()).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, parts[2].getBytes(StandardCharsets.US_ASCII))) {
            return new Checked(Outcome.WRONG, parts[0]);
        }
        if (now.getEpochSecond() > expires) {
            return new Checked(Outcome.EXPIRED, parts[0]);
        }
        return new Checked(Outcome.RIGHT, parts[0]);
    }

    private static Optional<Integer> number(String answer) {
        if (answer == null) {
            return Optional.empty();
        }
        String s = answer.strip();
        if (s.isEmpty() || s.length() > 4 || !s.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(s));
    }

    private String sign(String nonce, long expires, int answer) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(key, HMAC));
            byte[] out = mac.doFinal((nonce + "|" + expires + "|" + answer).getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable in this JDK", e);
        }
    }
}
