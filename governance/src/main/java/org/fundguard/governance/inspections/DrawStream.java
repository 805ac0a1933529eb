package org.fundguard.governance.inspections;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The draw's random numbers: a SHA-256 counter stream, chosen over java.util's generators because it
 * can be reproduced in any language from its description alone (docs/governance.md).
 *
 * <p>Block k = SHA-256(UTF-8("fundguard-draw v1\n" + seed + "\n" + snapshotSha256 + "\n" + purpose + "\n")
 * followed by k as an 8-byte big-endian integer), k = 0, 1, 2, ... Each block gives four 64-bit
 * big-endian words in order. {@code below(n)} takes a word, keeps its low 63 bits x, rejects x when
 * x ≥ n·floor(2^63 / n) (so every result is equally likely) and otherwise returns x mod n.
 */
final class DrawStream {
    private final MessageDigest sha;
    private final byte[] prefix;
    private long counter;
    private ByteBuffer block = ByteBuffer.allocate(0);

    DrawStream(String seed, String snapshotSha256, String purpose) {
        try {
            this.sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
        this.prefix = ("fundguard-draw v1\n" + seed + "\n" + snapshotSha256 + "\n" + purpose + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    long nextWord() {
        if (!block.hasRemaining()) {
            sha.reset();
            sha.update(prefix);
            sha.update(ByteBuffer.allocate(8).putLong(counter++).array());
            block = ByteBuffer.wrap(sha.digest());
        }
        return block.getLong();
    }

    /** A uniform integer in [0, n). */
    int below(int n) {
        if (n <= 0) {
            throw new IllegalArgumentException("bound must be positive: " + n);
        }
        // 2^63 = Long.MIN_VALUE read as unsigned
        long limit = Long.divideUnsigned(Long.MIN_VALUE, n) * n;
        while (true) {
            long x = nextWord() & Long.MAX_VALUE;
            if (Long.compareUnsigned(x, limit) < 0) {
                return (int) (x % n);
            }
        }
    }
}
