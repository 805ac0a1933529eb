package org.fundguard.platform.governance.credit;

import java.util.ArrayList;
import java.util.List;
import org.fundguard.core.Category;
import org.fundguard.governance.credit.ConfirmedFinding;
import org.fundguard.governance.credit.PractitionerPoints;
import org.fundguard.governance.credit.Sanction;
import org.fundguard.governance.credit.Subject;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Credit inputs until case decisions exist: each clue an investigator verified as 成立 is a confirmed
 * finding against its institution (or its practitioner, when the clue names one) in the year of the
 * verification, for the confirmed amount. Sanctions and points come with case handling (issue 6) and
 * are empty here: the seam is {@link CreditRecords}.
 */
@Component
class ClueVerificationRecords implements CreditRecords {
    private final JdbcClient jdbc;

    ClueVerificationRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String source() {
        return "线索核查成立 (clues verified 成立); 处罚与记分待案件模块接入";
    }

    @Override
    public List<ConfirmedFinding> findings() {
        List<ConfirmedFinding> out = new ArrayList<>();
        jdbc.sql("""
                select id, category, subject_type, subject_id, fixmedins_code, extract(year from verified_at)::int as year,
                       coalesce(confirmed_fen, amount_fen) as fen
                from clues where status in ('CONFIRMED', 'CASE_OPENED') and verified_at is not null order by id""")
                .query((java.sql.ResultSet rs) -> {
                    Category category = Category.of(rs.getString("category"));
                    Subject subject = "PRACTITIONER".equals(rs.getString("subject_type")) && rs.getString("subject_id") != null
                            ? Subject.practitioner(rs.getString("subject_id"))
                            : rs.getString("fixmedins_code") != null ? Subject.institution(rs.getString("fixmedins_code")) : null;
                    // a clue about a person alone (e.g. 重复报销) rates no institution or practitioner
                    if (category != null && subject != null) {
                        out.add(new ConfirmedFinding(subject, rs.getInt("year"), category, rs.getLong("fen"),
                                "clues:" + rs.getString("id")));
                    }
                });
        return out;
    }

    @Override
    public List<Sanction> sanctions() {
        return List.of();
    }

    @Override
    public List<PractitionerPoints> points() {
        return List.of();
    }
}
