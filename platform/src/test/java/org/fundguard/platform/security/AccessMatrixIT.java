package org.fundguard.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fundguard.platform.security.Role.ADMIN;
import static org.fundguard.platform.security.Role.ANALYST;
import static org.fundguard.platform.security.Role.DIRECTOR;
import static org.fundguard.platform.security.Role.INSTITUTION;
import static org.fundguard.platform.security.Role.INTAKE;
import static org.fundguard.platform.security.Role.INVESTIGATOR;
import static org.fundguard.platform.security.Role.LEGAL;
import static org.fundguard.platform.security.Role.PRIVACY;
import static org.fundguard.platform.security.Role.SUPERVISOR;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.fundguard.platform.PlatformIT;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Every protected page and API endpoint, with the roles that may use it: each other role gets 403,
 * each listed role gets through (whatever the call then answers), nobody signed in gets the login
 * page (pages) or 401 (API). The table is written independently of SecurityConfiguration on purpose.
 * Every role of {@link Role} is tried on every endpoint, institution and supervisor logins included.
 */
@PlatformIT
class AccessMatrixIT {
    private static final Set<Role> CLUE_READERS = EnumSet.of(INTAKE, ANALYST, INVESTIGATOR, LEGAL, DIRECTOR);

    record Endpoint(HttpMethod method, String path, Set<Role> allowed) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static List<Endpoint> endpoints() {
        return List.of(
                e(HttpMethod.GET, "/dashboard", ANALYST, DIRECTOR, LEGAL),
                e(HttpMethod.GET, "/leads", CLUE_READERS),
                e(HttpMethod.GET, "/leads/export.csv", CLUE_READERS),
                e(HttpMethod.GET, "/leads/NO-SUCH-CLUE", CLUE_READERS),
                e(HttpMethod.GET, "/leads/new", INTAKE, ANALYST),
                e(HttpMethod.POST, "/leads/new", INTAKE, ANALYST),
                e(HttpMethod.POST, "/leads/NO-SUCH-CLUE/assign", ANALYST, DIRECTOR),
                e(HttpMethod.POST, "/leads/NO-SUCH-CLUE/verify", INVESTIGATOR),
                e(HttpMethod.POST, "/leads/NO-SUCH-CLUE/merge", ANALYST),
                e(HttpMethod.POST, "/leads/NO-SUCH-CLUE/case", DIRECTOR),
                e(HttpMethod.GET, "/precision", ANALYST, DIRECTOR),
                e(HttpMethod.GET, "/runs", ANALYST),
                e(HttpMethod.POST, "/runs", ANALYST),
                e(HttpMethod.POST, "/runs/upload", ANALYST),
                e(HttpMethod.GET, "/runs/999999", ANALYST),
                e(HttpMethod.GET, "/runs/999999/progress", ANALYST),
                e(HttpMethod.GET, "/runs/compare?a=999998&b=999999", ANALYST),
                e(HttpMethod.GET, "/cases", INVESTIGATOR, LEGAL, DIRECTOR),
                // cases (issue #6): each step to the duty that takes it (CaseAction)
                e(HttpMethod.GET, "/cases?status=FILED", INVESTIGATOR, LEGAL, DIRECTOR),
                e(HttpMethod.GET, "/cases/999999", INVESTIGATOR, LEGAL, DIRECTOR),
                e(HttpMethod.GET, "/cases/999999/documents/1", INVESTIGATOR, LEGAL, DIRECTOR),
                e(HttpMethod.GET, "/cases/999999/attachments/1", INVESTIGATOR, LEGAL, DIRECTOR),
                e(HttpMethod.GET, "/cases/new", DIRECTOR),
                e(HttpMethod.POST, "/cases/new", DIRECTOR),
                e(HttpMethod.POST, "/cases/999999/assign", DIRECTOR),
                e(HttpMethod.POST, "/cases/999999/drop", DIRECTOR),
                e(HttpMethod.POST, "/cases/999999/tasks", INVESTIGATOR, DIRECTOR),
                e(HttpMethod.POST, "/cases/999999/tasks/1/done", INVESTIGATOR, DIRECTOR),
                e(HttpMethod.POST, "/cases/999999/records", INVESTIGATOR),
                e(HttpMethod.POST, "/cases/999999/notice", INVESTIGATOR),
                e(HttpMethod.POST, "/cases/999999/statement", INVESTIGATOR),
                e(HttpMethod.POST, "/cases/999999/submit", INVESTIGATOR),
                e(HttpMethod.POST, "/cases/999999/review", LEGAL),
                e(HttpMethod.POST, "/cases/999999/review-request", DIRECTOR),
                e(HttpMethod.POST, "/cases/999999/discussion", DIRECTOR),
                e(HttpMethod.POST, "/cases/999999/decision", DIRECTOR),
                e(HttpMethod.POST, "/cases/999999/instalments", DIRECTOR),
                e(HttpMethod.POST, "/cases/999999/payments", INVESTIGATOR, DIRECTOR),
                e(HttpMethod.POST, "/cases/999999/close", DIRECTOR),
                e(HttpMethod.POST, "/cases/999999/publication", DIRECTOR),
                // governance: analysts keep directories and ratings, the director draws and publishes
                e(HttpMethod.GET, "/governance/targets", ANALYST, DIRECTOR),
                e(HttpMethod.GET, "/governance/targets/new", ANALYST, DIRECTOR),
                e(HttpMethod.GET, "/governance/targets/NO-SUCH/edit", ANALYST, DIRECTOR),
                e(HttpMethod.POST, "/governance/targets", ANALYST, DIRECTOR),
                e(HttpMethod.POST, "/governance/targets/import", ANALYST, DIRECTOR),
                e(HttpMethod.GET, "/governance/inspectors", ANALYST, DIRECTOR),
                e(HttpMethod.GET, "/governance/inspectors/new", ANALYST, DIRECTOR),
                e(HttpMethod.POST, "/governance/inspectors", ANALYST, DIRECTOR),
                e(HttpMethod.POST, "/governance/inspectors/import", ANALYST, DIRECTOR),
                e(HttpMethod.GET, "/governance/draws", ANALYST, DIRECTOR),
                e(HttpMethod.POST, "/governance/draws", DIRECTOR),
                e(HttpMethod.GET, "/governance/draws/999999", ANALYST, DIRECTOR),
                e(HttpMethod.GET, "/governance/draws/999999/verify", ANALYST, DIRECTOR),
                e(HttpMethod.POST, "/governance/draws/999999/publish", DIRECTOR),
                e(HttpMethod.POST, "/governance/draws/999999/outcomes", DIRECTOR),
                e(HttpMethod.GET, "/governance/credit", ANALYST, DIRECTOR, LEGAL),
                e(HttpMethod.POST, "/governance/credit/runs", ANALYST, DIRECTOR),
                e(HttpMethod.GET, "/governance/statistics", ANALYST, DIRECTOR, LEGAL),
                e(HttpMethod.GET, "/governance/statistics/export.xlsx", ANALYST, DIRECTOR, LEGAL),
                e(HttpMethod.GET, "/governance/statistics/export.pdf", ANALYST, DIRECTOR, LEGAL),
                e(HttpMethod.GET, "/governance/disclosures", DIRECTOR),
                e(HttpMethod.POST, "/governance/disclosures", DIRECTOR),
                e(HttpMethod.POST, "/governance/disclosures/999999/withdraw", DIRECTOR),
                e(HttpMethod.GET, "/admin/auditlog", ADMIN),
                e(HttpMethod.POST, "/admin/auditlog/verify", ADMIN),
                e(HttpMethod.GET, "/admin/users", ADMIN),
                e(HttpMethod.POST, "/admin/users/unlock", ADMIN),
                e(HttpMethod.POST, "/admin/keys", ADMIN),
                e(HttpMethod.GET, "/api/v1/leads", CLUE_READERS),
                e(HttpMethod.GET, "/api/v1/leads/NO-SUCH-CLUE", CLUE_READERS),
                e(HttpMethod.POST, "/api/v1/leads", INTAKE, ANALYST),
                e(HttpMethod.POST, "/api/v1/leads/NO-SUCH-CLUE/assignment", ANALYST, DIRECTOR),
                e(HttpMethod.POST, "/api/v1/leads/NO-SUCH-CLUE/verification", INVESTIGATOR),
                e(HttpMethod.POST, "/api/v1/leads/NO-SUCH-CLUE/merge", ANALYST),
                e(HttpMethod.POST, "/api/v1/leads/NO-SUCH-CLUE/case", DIRECTOR),
                e(HttpMethod.GET, "/api/v1/precision", ANALYST, DIRECTOR),
                e(HttpMethod.GET, "/api/v1/dashboard", ANALYST, DIRECTOR, LEGAL),
                e(HttpMethod.GET, "/api/v1/runs", ANALYST),
                e(HttpMethod.POST, "/api/v1/runs", ANALYST),
                e(HttpMethod.GET, "/api/v1/runs/999999", ANALYST),
                e(HttpMethod.GET, "/api/v1/runs/compare?a=999998&b=999999", ANALYST),
                e(HttpMethod.GET, "/api/v1/cases", INVESTIGATOR, LEGAL, DIRECTOR),
                e(HttpMethod.GET, "/api/v1/cases/999999", INVESTIGATOR, LEGAL, DIRECTOR),
                e(HttpMethod.GET, "/api/v1/cases/999999/lawful-range?article=38", INVESTIGATOR, LEGAL, DIRECTOR),
                e(HttpMethod.GET, "/api/v1/cases/999999/documents/1", INVESTIGATOR, LEGAL, DIRECTOR),
                e(HttpMethod.GET, "/api/v1/cases/statistics?from=2026-01&to=2026-12", ANALYST, LEGAL, DIRECTOR),
                e(HttpMethod.GET, "/api/v1/cases/sanction-status.csv", ANALYST, DIRECTOR),
                e(HttpMethod.POST, "/api/v1/cases", DIRECTOR),
                e(HttpMethod.POST, "/api/v1/cases/999999/assignment", DIRECTOR),
                e(HttpMethod.POST, "/api/v1/cases/999999/withdrawal", DIRECTOR),
                e(HttpMethod.POST, "/api/v1/cases/999999/tasks", INVESTIGATOR, DIRECTOR),
                e(HttpMethod.POST, "/api/v1/cases/999999/records", INVESTIGATOR),
                e(HttpMethod.POST, "/api/v1/cases/999999/notice", INVESTIGATOR),
                e(HttpMethod.POST, "/api/v1/cases/999999/statement", INVESTIGATOR),
                e(HttpMethod.POST, "/api/v1/cases/999999/submission", INVESTIGATOR),
                e(HttpMethod.POST, "/api/v1/cases/999999/review", LEGAL),
                e(HttpMethod.POST, "/api/v1/cases/999999/review-request", DIRECTOR),
                e(HttpMethod.POST, "/api/v1/cases/999999/discussion", DIRECTOR),
                e(HttpMethod.POST, "/api/v1/cases/999999/decision", DIRECTOR),
                e(HttpMethod.POST, "/api/v1/cases/999999/instalments", DIRECTOR),
                e(HttpMethod.POST, "/api/v1/cases/999999/payments", INVESTIGATOR, DIRECTOR),
                e(HttpMethod.POST, "/api/v1/cases/999999/closure", DIRECTOR),
                e(HttpMethod.POST, "/api/v1/cases/999999/publication", DIRECTOR),
                e(HttpMethod.GET, "/api/v1/governance/targets", ANALYST, DIRECTOR),
                e(HttpMethod.GET, "/api/v1/governance/inspectors", ANALYST, DIRECTOR),
                e(HttpMethod.GET, "/api/v1/governance/draws", ANALYST, DIRECTOR),
                e(HttpMethod.GET, "/api/v1/governance/draws/999999", ANALYST, DIRECTOR),
                e(HttpMethod.POST, "/api/v1/governance/draws", DIRECTOR),
                e(HttpMethod.POST, "/api/v1/governance/draws/999999/publication", DIRECTOR),
                e(HttpMethod.GET, "/api/v1/governance/credit", ANALYST, DIRECTOR, LEGAL),
                e(HttpMethod.POST, "/api/v1/governance/credit/runs", ANALYST, DIRECTOR),
                e(HttpMethod.GET, "/api/v1/governance/statistics", ANALYST, DIRECTOR, LEGAL),
                e(HttpMethod.GET, "/api/v1/auditlog", ADMIN),
                e(HttpMethod.GET, "/api/v1/auditlog/verify", ADMIN),
                e(HttpMethod.GET, "/api/v1/admin/realtime", ADMIN),
                // reports (举报): intake handles, the director approves rewards, only the privacy officer reveals
                e(HttpMethod.GET, "/reports/register", INTAKE, PRIVACY, DIRECTOR),
                e(HttpMethod.GET, "/reports/NO-SUCH-REPORT", INTAKE, PRIVACY, DIRECTOR),
                e(HttpMethod.GET, "/reports/NO-SUCH-REPORT/attachments/1", INTAKE, PRIVACY, DIRECTOR),
                e(HttpMethod.GET, "/reports/export.csv", INTAKE, DIRECTOR),
                e(HttpMethod.POST, "/reports/NO-SUCH-REPORT/accept", INTAKE),
                e(HttpMethod.POST, "/reports/NO-SUCH-REPORT/reject", INTAKE),
                e(HttpMethod.POST, "/reports/NO-SUCH-REPORT/transfer", INTAKE),
                e(HttpMethod.POST, "/reports/NO-SUCH-REPORT/merge", INTAKE),
                e(HttpMethod.POST, "/reports/NO-SUCH-REPORT/filing", INTAKE),
                e(HttpMethod.POST, "/reports/NO-SUCH-REPORT/notify", INTAKE, PRIVACY),
                e(HttpMethod.POST, "/reports/NO-SUCH-REPORT/reward", INTAKE),
                e(HttpMethod.POST, "/reports/NO-SUCH-REPORT/reward/payment", INTAKE),
                e(HttpMethod.POST, "/reports/NO-SUCH-REPORT/reward/decision", DIRECTOR),
                e(HttpMethod.POST, "/reports/NO-SUCH-REPORT/reveal", PRIVACY),
                e(HttpMethod.GET, "/api/v1/reports", INTAKE, PRIVACY, DIRECTOR),
                e(HttpMethod.GET, "/api/v1/reports/NO-SUCH-REPORT", INTAKE, PRIVACY, DIRECTOR),
                e(HttpMethod.POST, "/api/v1/reports/NO-SUCH-REPORT/acceptance", INTAKE),
                e(HttpMethod.POST, "/api/v1/reports/NO-SUCH-REPORT/reveal", PRIVACY),
                // machine clients only: no human role may post visits
                e(HttpMethod.POST, "/api/v1/realtime/audit"),
                // institution portal (its own records only: InstitutionIsolationIT calls these with another's ids)
                e(HttpMethod.GET, "/institution", INSTITUTION),
                e(HttpMethod.POST, "/institution/self-inspections", INSTITUTION),
                e(HttpMethod.GET, "/institution/self-inspections/999999", INSTITUTION),
                e(HttpMethod.POST, "/institution/self-inspections/999999/hits/NO-SUCH-HIT", INSTITUTION),
                e(HttpMethod.POST, "/institution/self-inspections/999999/submit", INSTITUTION),
                e(HttpMethod.GET, "/institution/notices/999999", INSTITUTION),
                e(HttpMethod.POST, "/institution/notices/999999/statements", INSTITUTION),
                e(HttpMethod.GET, "/institution/files/999999", INSTITUTION),
                e(HttpMethod.GET, "/institution/commitment", INSTITUTION),
                e(HttpMethod.POST, "/institution/commitment", INSTITUTION),
                e(HttpMethod.GET, "/api/v1/institution/self-inspections", INSTITUTION),
                e(HttpMethod.GET, "/api/v1/institution/self-inspections/999999", INSTITUTION),
                e(HttpMethod.GET, "/api/v1/institution/notices", INSTITUTION),
                e(HttpMethod.GET, "/api/v1/institution/notices/999999", INSTITUTION),
                // the agency's side of the portal
                e(HttpMethod.GET, "/institutions", ANALYST, DIRECTOR),
                e(HttpMethod.GET, "/institutions/self-inspections/999999", ANALYST, DIRECTOR),
                e(HttpMethod.GET, "/institutions/notices", INVESTIGATOR, LEGAL, DIRECTOR),
                e(HttpMethod.POST, "/institutions/notices", INVESTIGATOR, LEGAL, DIRECTOR),
                e(HttpMethod.GET, "/institutions/notices/999999", INVESTIGATOR, LEGAL, DIRECTOR),
                e(HttpMethod.GET, "/institutions/files/999999", INVESTIGATOR, LEGAL, DIRECTOR),
                e(HttpMethod.GET, "/api/v1/institutions/self-inspections", ANALYST, DIRECTOR),
                e(HttpMethod.GET, "/api/v1/institutions/self-inspections/999999", ANALYST, DIRECTOR),
                e(HttpMethod.GET, "/api/v1/institutions/notices/NO-SUCH-CASE/statements", INVESTIGATOR, LEGAL, DIRECTOR),
                e(HttpMethod.GET, "/admin/institutions", ADMIN),
                e(HttpMethod.POST, "/admin/institutions", ADMIN),
                // social supervisors: the registry, and a supervisor's own portal
                e(HttpMethod.GET, "/supervisors", DIRECTOR, INTAKE),
                e(HttpMethod.POST, "/supervisors", DIRECTOR, INTAKE),
                e(HttpMethod.GET, "/supervisors/999999", DIRECTOR, INTAKE),
                e(HttpMethod.POST, "/supervisors/999999/trainings", DIRECTOR, INTAKE),
                e(HttpMethod.POST, "/supervisors/999999/assignments", DIRECTOR, INTAKE),
                e(HttpMethod.GET, "/api/v1/supervisors", DIRECTOR, INTAKE),
                e(HttpMethod.GET, "/api/v1/supervisors/999999/assignments", DIRECTOR, INTAKE),
                e(HttpMethod.GET, "/supervisor", SUPERVISOR),
                e(HttpMethod.POST, "/supervisor/reports", SUPERVISOR),
                e(HttpMethod.GET, "/api/v1/supervisor/reports", SUPERVISOR));
    }

    /** Open to anyone (一公开, 曝光台): no sign-in asked, whoever is or is not signed in. */
    static List<Endpoint> publicEndpoints() {
        return List.of(
                e(HttpMethod.GET, "/open/draws"),
                e(HttpMethod.GET, "/open/draws/999999"),
                e(HttpMethod.GET, "/open/draws/999999/verify"),
                e(HttpMethod.GET, "/open/draws/999999/targets.csv"),
                e(HttpMethod.GET, "/open/draws/999999/inputs.txt"),
                e(HttpMethod.GET, "/open/disclosures"),
                e(HttpMethod.GET, "/api/v1/open/draws"),
                e(HttpMethod.GET, "/api/v1/open/draws/999999"),
                e(HttpMethod.GET, "/api/v1/open/draws/999999/verification"),
                e(HttpMethod.GET, "/api/v1/open/disclosures"));
    }

    @ParameterizedTest(name = "{0} is open to anyone")
    @MethodSource("publicEndpoints")
    void letsAnyoneOpenThePublicPages(Endpoint e) throws Exception {
        var anonymous = mvc.perform(request(e)).andReturn().getResponse();
        var institution = mvc.perform(request(e).with(user("someone").roles(Role.INSTITUTION.name()))).andReturn().getResponse();

        // through: the page or a plain 404 for a draw that is not published
        assertThat(anonymous.getStatus()).as(anonymous.getContentAsString()).isIn(200, 404);
        assertThat(institution.getStatus()).isIn(200, 404);
    }

    static Stream<Arguments> refused() {
        List<Arguments> args = new ArrayList<>();
        for (Endpoint e : endpoints()) {
            for (Role r : Role.values()) {
                if (!e.allowed().contains(r)) {
                    args.add(Arguments.of(e, r));
                }
            }
        }
        return args.stream();
    }

    static Stream<Arguments> allowed() {
        return endpoints().stream().flatMap(e -> e.allowed().stream().map(r -> Arguments.of(e, r)));
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    org.fundguard.platform.institutions.InstitutionAccounts institutionAccounts;

    /** The demo institution login is bound once a region is loaded; here it needs no region. */
    @org.junit.jupiter.api.BeforeEach
    void bindTheDemoInstitutionLogin() {
        if (institutionAccounts.codeOf("inst1").isEmpty()) {
            institutionAccounts.bind("inst1", "H-ACCESS-MATRIX", "test");
        }
    }

    @ParameterizedTest(name = "{0} is refused to {1}")
    @MethodSource("refused")
    void refusesARoleWithoutTheRight(Endpoint e, Role role) throws Exception {
        int status = mvc.perform(request(e).with(user("someone-" + role).roles(role.name())).with(csrf()))
                .andReturn().getResponse().getStatus();

        assertThat(status).isEqualTo(403);
    }

    @ParameterizedTest(name = "{0} lets {1} through")
    @MethodSource("allowed")
    void letsARoleWithTheRightThrough(Endpoint e, Role role) throws Exception {
        var response = mvc.perform(request(e).with(user(DemoUsers.DEMO.stream().filter(d -> d.role() == role)
                .findFirst().orElseThrow().username()).roles(role.name())).with(csrf())).andReturn().getResponse();

        // through, and the page renders (a missing clue or run is a 404, a request without its fields a 400)
        assertThat(response.getStatus()).as(response.getContentAsString()).isNotIn(401, 403).isLessThan(500);
    }

    @ParameterizedTest(name = "{0} asks who is there")
    @MethodSource("endpoints")
    void asksAnonymousVisitorsToSignIn(Endpoint e) throws Exception {
        var response = mvc.perform(request(e).with(csrf())).andReturn().getResponse();

        if (e.path().startsWith("/api/")) {
            assertThat(response.getStatus()).isEqualTo(401);
        } else {
            assertThat(response.getStatus()).isEqualTo(302);
            assertThat(response.getRedirectedUrl()).endsWith("/login");
        }
    }

    private static MockHttpServletRequestBuilder request(Endpoint e) {
        return MockMvcRequestBuilders.request(e.method(), e.path());
    }

    private static Endpoint e(HttpMethod method, String path, Role... allowed) {
        return new Endpoint(method, path, allowed.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.of(allowed[0], allowed));
    }

    private static Endpoint e(HttpMethod method, String path, Set<Role> allowed) {
        return new Endpoint(method, path, EnumSet.copyOf(allowed));
    }
}
