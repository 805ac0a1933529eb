package org.fundguard.engine;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.fundguard.core.Lead;

/** Turns findings into contract leads with stable ids: the same input gives the same lead ids. */
public final class Leads {
    private Leads() {
    }

    public static Lead of(Finding f) {
        return new Lead(leadId(f), f.category(), f.source(), f.subjectType(), f.subjectId(), f.institutionCode(),
                f.psnNo(), f.score(), f.amountFen(), f.evidence(), f.explanation());
    }

    /** L + the first 16 hex digits of SHA-256(category|source|subject type|subject id). */
    public static String leadId(Finding f) {
        String key = f.category().name() + '|' + f.source() + '|' + f.subjectType().name() + '|' + f.subjectId();
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "L" + HexFormat.of().formatHex(h, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
