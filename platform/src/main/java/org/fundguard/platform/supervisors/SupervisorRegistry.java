package org.fundguard.platform.supervisors;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.fundguard.core.Category;
import org.fundguard.core.Money;
import org.fundguard.platform.auditlog.AuditLog;
import org.fundguard.platform.cases.Cases;
import org.fundguard.platform.clues.Clue;
import org.fundguard.platform.clues.ClueException;
import org.fundguard.platform.clues.ClueService;
import org.fundguard.platform.clues.SourceKind;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registry of social supervisors (社会监督员: 聘书和《社会监督员证》, a term, training in the rules of the
 * fund), their assignments (明察暗访 and watching given institutions), and the reports they file, which
 * enter the clue inbox with the source 社会监督员 and come back to them as feedback (the clue's status and
 * the case it led to).
 */
@Service
class SupervisorRegistry {
    private final JdbcClient jdbc;
    private final ClueService clues;
    private final Cases cases;
    private final AuditLog auditLog;

    SupervisorRegistry(JdbcClient jdbc, ClueService clues, Cases cases, AuditLog auditLog) {
        this.jdbc = jdbc;
        this.clues = clues;
        this.cases = cases;
        this.auditLog = auditLog;
    }

    public record Training(long id, LocalDate heldOn, String topic, BigDecimal hours, String recordedBy) {
    }

    public enum AssignmentKind {
        /** 明察暗访 */ UNANNOUNCED_VISIT,
        /** 定点监督 */ WATCH
    }

    public record Assignment(long id, long supervisorId, AssignmentKind kind, String institutionCode,
            String institutionName, LocalDate dueFrom, LocalDate dueTo, String note, String assignedBy,
            OffsetDateTime assignedAt) {
    }

    /** A filed report as its supervisor sees it again: what became of it. */
    public record Feedback(String clueId, String category, String institutionCode, long amountFen, String status,
            String caseNo, OffsetDateTime filedAt) {
        public String categoryLabel() {
            Category c = Category.of(category);
            return c == null ? category : c.label();
        }

        public String amount() {
            return Money.format(amountFen);
        }
    }

    public record Registration(String name, String phone, Recruitment recruitment, String nominatedBy,
            String certificateNo, LocalDate termFrom, LocalDate termTo, String username) {
    }

    @Transactional
    long register(Registration r, String actor) {
        if (blank(r.name()) || r.recruitment() == null || blank(r.certificateNo()) || r.termFrom() == null
                || r.termTo() == null) {
            throw invalid("a supervisor needs a name, how they were recruited, the certificate number and the term");
        }
        if (r.termFrom().isAfter(r.termTo())) {
            throw invalid("the term begins " + r.termFrom() + ", after its end " + r.termTo());
        }
        if (r.recruitment() != Recruitment.OPEN && blank(r.nominatedBy())) {
            throw invalid("name the body that nominated the supervisor");
        }
        String username = trimToNull(r.username());
        if (username != null) {
            Boolean isSupervisor = jdbc.sql("select role = 'SUPERVISOR' from users where username = ?").param(username)
                    .query(Boolean.class).optional().orElse(null);
            if (!Boolean.TRUE.equals(isSupervisor)) {
                throw invalid(username + " is not a supervisor login");
            }
        }
        try {
            long id = jdbc.sql("""
                    insert into supervisors (name, phone, recruitment, nominated_by, certificate_no, term_from, term_to,
                        username, created_by) values (?,?,?,?,?,?,?,?,?) returning id""")
                    .params(r.name().trim(), trimToNull(r.phone()), r.recruitment().name(), trimToNull(r.nominatedBy()),
                            r.certificateNo().trim(), r.termFrom(), r.termTo(), username, actor)
                    .query(Long.class).single();
            auditLog.append(actor, "SUPERVISOR_REGISTERED", "supervisor:" + id, r.recruitment() + " certificate "
                    + r.certificateNo().trim() + " " + r.termFrom() + ".." + r.termTo());
            return id;
        } catch (DuplicateKeyException e) {
            throw new SupervisorException("certificate " + r.certificateNo().trim() + " or login " + username
                    + " is already in the registry");
        }
    }

    List<Supervisor> all() {
        return jdbc.sql("select * from supervisors order by term_to desc, id").query(SupervisorRegistry::supervisor).list();
    }

    Supervisor get(long id) {
        return jdbc.sql("select * from supervisors where id = ?").param(id).query(SupervisorRegistry::supervisor)
                .optional().orElseThrow(() -> new SupervisorException("no supervisor " + id, true));
    }

    Optional<Supervisor> ofLogin(String username) {
        return jdbc.sql("select * from supervisors where username = ?").param(username)
                .query(SupervisorRegistry::supervisor).optional();
    }

    @Transactional
    void addTraining(long supervisorId, LocalDate heldOn, String topic, BigDecimal hours, String actor) {
        get(supervisorId);
        if (heldOn == null || blank(topic) || hours == null || hours.signum() <= 0) {
            throw invalid("a training needs its day, its topic and the hours (more than 0)");
        }
        jdbc.sql("insert into supervisor_trainings (supervisor_id, held_on, topic, hours, recorded_by) values (?,?,?,?,?)")
                .params(supervisorId, heldOn, topic.trim(), hours, actor).update();
        auditLog.append(actor, "SUPERVISOR_TRAINED", "supervisor:" + supervisorId, heldOn + " " + topic.trim() + " " + hours + "h");
    }

    List<Training> trainings(long supervisorId) {
        return jdbc.sql("select * from supervisor_trainings where supervisor_id = ? order by held_on desc, id desc")
                .param(supervisorId).query((rs, n) -> new Training(rs.getLong("id"), rs.getObject("held_on", LocalDate.class),
                        rs.getString("topic"), rs.getBigDecimal("hours"), rs.getString("recorded_by"))).list();
    }

    @Transactional
    long assign(long supervisorId, AssignmentKind kind, String institutionCode, LocalDate from, LocalDate to, String note,
            String actor) {
        Supervisor s = get(supervisorId);
        if (kind == null || blank(institutionCode) || from == null || to == null) {
            throw invalid("an assignment needs its kind, the institution and the days");
        }
        if (from.isAfter(to)) {
            throw invalid("the assignment begins " + from + ", after its end " + to);
        }
        if (from.isBefore(s.termFrom()) || to.isAfter(s.termTo())) {
            throw invalid("the assignment lies outside the supervisor's term " + s.termFrom() + ".." + s.termTo());
        }
        long id = jdbc.sql("""
                insert into supervisor_assignments (supervisor_id, kind, fixmedins_code, due_from, due_to, note, assigned_by)
                values (?,?,?,?,?,?,?) returning id""")
                .params(supervisorId, kind.name(), institutionCode.trim(), from, to, note == null ? "" : note.trim(), actor)
                .query(Long.class).single();
        auditLog.append(actor, "SUPERVISOR_ASSIGNED", "supervisor:" + supervisorId, kind + " " + institutionCode.trim()
                + " " + from + ".." + to);
        return id;
    }

    List<Assignment> assignments(long supervisorId) {
        return jdbc.sql("""
                select a.*, (select fixmedins_name from institution_stats i where i.fixmedins_code = a.fixmedins_code
                             order by run_id desc limit 1) as fixmedins_name
                from supervisor_assignments a where a.supervisor_id = ? order by a.due_from desc, a.id desc""")
                .param(supervisorId).query(SupervisorRegistry::assignment).list();
    }

    /** Files a supervisor's report as a clue (source 社会监督员); returns the clue id. */
    @Transactional
    String file(String username, String category, String institutionCode, Long assignmentId, BigDecimal amount,
            String description, LocalDate occurredOn, LocalDate today) {
        Supervisor s = ofLogin(username).orElseThrow(() -> new AccessDeniedException(
                username + " is not in the supervisors' registry"));
        if (!s.servingOn(today)) {
            throw new SupervisorException("the term " + s.termFrom() + ".." + s.termTo() + " of certificate "
                    + s.certificateNo() + " does not include today");
        }
        if (assignmentId != null) {
            Assignment a = assignments(s.id()).stream().filter(x -> x.id() == assignmentId).findFirst()
                    .orElseThrow(() -> new AccessDeniedException("assignment " + assignmentId + " is not " + username + "'s"));
            if (blank(institutionCode)) {
                institutionCode = a.institutionCode();
            }
        }
        String clueId;
        try {
            clueId = clues.register(new ClueService.ManualClue(SourceKind.SUPERVISOR, category, institutionCode, null,
                    amount, assignmentId == null ? null : "任务" + assignmentId, description, occurredOn), username);
        } catch (ClueException e) {
            throw new SupervisorException(e.getMessage());
        }
        jdbc.sql("insert into supervisor_reports (clue_id, supervisor_id, assignment_id) values (?,?,?)")
                .params(clueId, s.id(), assignmentId).update();
        auditLog.append(username, "SUPERVISOR_REPORT_FILED", "clue:" + clueId, "certificate " + s.certificateNo());
        return clueId;
    }

    List<Feedback> feedback(long supervisorId) {
        return jdbc.sql("select clue_id, filed_at from supervisor_reports where supervisor_id = ? order by filed_at desc")
                .param(supervisorId).query((rs, n) -> {
                    Clue c = clues.get(rs.getString(1));
                    return new Feedback(c.id(), c.category(), c.institutionCode(), c.amountFen(), c.status().name(),
                            cases.caseNoOf(c.id()).orElse(null), rs.getObject(2, OffsetDateTime.class));
                }).list();
    }

    long reportCount(long supervisorId) {
        return jdbc.sql("select count(*) from supervisor_reports where supervisor_id = ?").param(supervisorId)
                .query(Long.class).single();
    }

    private static Supervisor supervisor(ResultSet rs, int n) throws SQLException {
        return new Supervisor(rs.getLong("id"), rs.getString("name"), rs.getString("phone"),
                Recruitment.valueOf(rs.getString("recruitment")), rs.getString("nominated_by"),
                rs.getString("certificate_no"), rs.getObject("term_from", LocalDate.class),
                rs.getObject("term_to", LocalDate.class), rs.getString("username"),
                rs.getObject("created_at", OffsetDateTime.class));
    }

    private static Assignment assignment(ResultSet rs, int n) throws SQLException {
        return new Assignment(rs.getLong("id"), rs.getLong("supervisor_id"), AssignmentKind.valueOf(rs.getString("kind")),
                rs.getString("fixmedins_code"), rs.getString("fixmedins_name"), rs.getObject("due_from", LocalDate.class),
                rs.getObject("due_to", LocalDate.class), rs.getString("note"), rs.getString("assigned_by"),
                rs.getObject("assigned_at", OffsetDateTime.class));
    }

    private static SupervisorException invalid(String message) {
        return new SupervisorException(message);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String trimToNull(String s) {
        return blank(s) ? null : s.trim();
    }
}
