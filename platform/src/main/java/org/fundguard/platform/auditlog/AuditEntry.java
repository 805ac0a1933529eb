package org.fundguard.platform.auditlog;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import org.springframework.jdbc.core.RowMapper;

/** One audit-log row. */
public record AuditEntry(long seq, Instant at, String actor, String action, String target, String detail,
        String prevHash, String hash) {

    private static final java.time.format.DateTimeFormatter SHOWN = java.time.format.DateTimeFormatter
            .ofPattern("yyyy-MM-dd HH:mm:ss").withZone(java.time.ZoneId.of("Asia/Shanghai"));

    /** Local time of the region (Asia/Shanghai), as the data contract's times are. */
    public String when() {
        return SHOWN.format(at);
    }

    static final String GENESIS = "0".repeat(64);

    static final RowMapper<AuditEntry> MAPPER = (rs, n) -> new AuditEntry(rs.getLong("seq"),
            rs.getObject("at", OffsetDateTime.class).toInstant(), rs.getString("actor"), rs.getString("action"),
            rs.getString("target"), rs.getString("detail"), rs.getString("prev_hash"), rs.getString("hash"));

    /**
     * SHA-256 over the predecessor's hash and every field, each length-prefixed so that no shift of
     * characters between fields gives the same input.
     */
    String computeHash() {
        StringBuilder b = new StringBuilder(256);
        for (String field : new String[] {prevHash, Long.toString(seq), at.toString(), actor, action, target, detail}) {
            b.append(field.length()).append(':').append(field).append('\n');
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(b.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
