package org.fundguard.platform.institutions;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.fundguard.platform.auditlog.AuditLog;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 信用承诺书 (seed 002: 签订信用承诺书): one signature per institution and year, naming the version of the
 * text and its SHA-256, so that a later change of the text never changes what was signed. Signed rows
 * cannot be changed or withdrawn (a database trigger refuses it).
 */
@Service
class Commitments {
    private final JdbcClient jdbc;
    private final AuditLog auditLog;

    Commitments(JdbcClient jdbc, AuditLog auditLog) {
        this.jdbc = jdbc;
        this.auditLog = auditLog;
    }

    public record Text(int version, String title, String body, String sha256) {
    }

    public record Signature(String institutionCode, int year, int textVersion, String textSha256, String signedBy,
            String signerName, OffsetDateTime signedAt) {
        public String signerMasked() {
            return org.fundguard.core.Masking.name(signerName);
        }
    }

    Text current() {
        return jdbc.sql("select version, title, body, sha256 from commitment_texts order by version desc limit 1")
                .query((rs, n) -> new Text(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4))).single();
    }

    Optional<Signature> of(String code, int year) {
        return jdbc.sql("select * from institution_commitments where fixmedins_code = ? and year = ?").params(code, year)
                .query(Commitments::signature).optional();
    }

    List<Signature> ofYear(int year) {
        return jdbc.sql("select * from institution_commitments where year = ? order by signed_at").param(year)
                .query(Commitments::signature).list();
    }

    /** Signs the text the signer read (its version); a newer text published meanwhile must be read first. */
    @Transactional
    void sign(String code, int year, int textVersion, String signerName, String actor) {
        Text text = current();
        if (text.version() != textVersion) {
            throw new InstitutionException(InstitutionException.Kind.CONFLICT,
                    "the commitment text changed to version " + text.version() + "; read it again before signing");
        }
        if (signerName == null || signerName.isBlank()) {
            throw new InstitutionException(InstitutionException.Kind.INVALID, "the signer (法定代表人或负责人) must give a name");
        }
        try {
            jdbc.sql("""
                    insert into institution_commitments (fixmedins_code, year, text_version, text_sha256, signed_by, signer_name)
                    values (?,?,?,?,?,?)""")
                    .params(code, year, text.version(), text.sha256(), actor, signerName.trim()).update();
        } catch (DuplicateKeyException e) {
            throw new InstitutionException(InstitutionException.Kind.CONFLICT,
                    "the commitment for " + year + " is already signed");
        }
        auditLog.append(actor, "COMMITMENT_SIGNED", "institution:" + code, year + " text v" + text.version() + " sha256 "
                + text.sha256());
    }

    private static Signature signature(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Signature(rs.getString("fixmedins_code"), rs.getInt("year"), rs.getInt("text_version"),
                rs.getString("text_sha256"), rs.getString("signed_by"), rs.getString("signer_name"),
                rs.getObject("signed_at", OffsetDateTime.class));
    }
}
