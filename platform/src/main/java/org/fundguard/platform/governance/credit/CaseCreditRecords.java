package org.fundguard.platform.governance.credit;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.fundguard.core.Category;
import org.fundguard.governance.credit.ConfirmedFinding;
import org.fundguard.governance.credit.PractitionerPoints;
import org.fundguard.governance.credit.Sanction;
import org.fundguard.governance.credit.SanctionKind;
import org.fundguard.governance.credit.Subject;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Credit inputs from decided cases, never from leads: each decision is a confirmed finding against the
 * case's institution (category of the clue it came from, the loss decided, the year of the decision);
 * its sanctions count as the scheme's measures; practitioner points as recorded. A case opened without
 * a clue (a report, a flight inspection) has no category of scenarios.md: its sanctions count, its
 * finding does not.
 */
@Component
class CaseCreditRecords implements CreditRecords {
    private final JdbcClient jdbc;

    CaseCreditRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String source() {
        return "案件处理决定、处理处罚与医保支付资格记分 (decided cases, their sanctions, practitioner points)";
    }

    @Override
    public List<ConfirmedFinding> findings() {
        List<ConfirmedFinding> out = new ArrayList<>();
        jdbc.sql("""
                select c.case_no, c.fixmedins_code, k.category, d.loss_fen, extract(year from d.decided_on)::int
                from case_decisions d join cases c on c.id = d.case_id left join clues k on k.id = c.clue_id
                where c.fixmedins_code is not null order by d.id""")
                .query((ResultSet rs) -> {
                    Category category = Category.of(rs.getString(3));
                    if (category != null) {
                        out.add(new ConfirmedFinding(Subject.institution(rs.getString(2)), rs.getInt(5), category,
                                Math.max(0, rs.getLong(4)), "cases:" + rs.getString(1)));
                    }
                });
        return out;
    }

    @Override
    public List<Sanction> sanctions() {
        List<Sanction> out = new ArrayList<>();
        jdbc.sql("""
                select c.case_no, c.fixmedins_code, s.kind, extract(year from d.decided_on)::int
                from case_sanctions s join case_decisions d on d.id = s.decision_id join cases c on c.id = s.case_id
                where c.fixmedins_code is not null order by s.id""")
                .query((ResultSet rs) -> {
                    SanctionKind kind = kind(rs.getString(3));
                    if (kind != null) {
                        out.add(new Sanction(Subject.institution(rs.getString(2)), rs.getInt(4), kind, "cases:" + rs.getString(1)));
                    }
                });
        return out;
    }

    /**
     * The case module's measures on the scheme's scale. Returning the loss is the finding itself, and
     * measures aimed at persons (direct settlement, the person in charge, a licence) do not rate the institution.
     */
    static SanctionKind kind(String caseKind) {
        return switch (caseKind) {
            case "INTERVIEW" -> SanctionKind.INTERVIEW;
            case "RECTIFY" -> SanctionKind.WARNING;
            case "FINE", "LIQUIDATED_DAMAGES" -> SanctionKind.FINE;
            case "WITHHOLD_PAYMENT", "SUSPEND_DEPARTMENT", "SUSPEND_AGREEMENT" -> SanctionKind.SUSPENSION;
            case "TERMINATE_AGREEMENT" -> SanctionKind.TERMINATION;
            case "REFER_POLICE", "REFER_DISCIPLINE" -> SanctionKind.REFERRAL;
            default -> null;
        };
    }

    @Override
    public List<PractitionerPoints> points() {
        return jdbc.sql("""
                select p.prac_code, extract(year from p.decided_on)::int, p.points, c.case_no
                from practitioner_points p join cases c on c.id = p.case_id order by p.id""")
                .query((rs, n) -> new PractitionerPoints(rs.getString(1), rs.getInt(2), rs.getInt(3), "cases:" + rs.getString(4)))
                .list();
    }
}
