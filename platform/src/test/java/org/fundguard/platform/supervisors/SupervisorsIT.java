package org.fundguard.platform.supervisors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.fundguard.platform.PlatformIT;
import org.fundguard.platform.clues.Clue;
import org.fundguard.platform.clues.ClueService;
import org.fundguard.platform.clues.ClueStatus;
import org.fundguard.platform.clues.SourceKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** The registry, assignments, and a supervisor's report landing in the clue inbox and coming back as feedback. */
@PlatformIT
class SupervisorsIT {
    static final LocalDate TODAY = PlatformIT.TODAY;

    @Autowired
    SupervisorRegistry registry;
    @Autowired
    ClueService clues;
    @Autowired
    MockMvc mvc;

    @Test
    void putsTheDemoSupervisorInTheRegistryWithTraining() {
        Supervisor s = registry.ofLogin("supervisor").orElseThrow();

        assertThat(s.servingOn(TODAY)).isTrue();
        assertThat(registry.trainings(s.id())).isNotEmpty();
    }

    @Test
    void filesAReportThatLandsInTheInboxAsASupervisorsClueAndComesBackWithItsOutcome() {
        Supervisor s = registry.ofLogin("supervisor").orElseThrow();
        long task = registry.assign(s.id(), SupervisorRegistry.AssignmentKind.UNANNOUNCED_VISIT, "H00000000009", TODAY, TODAY,
                "夜间查房", "director");

        String clueId = registry.file("supervisor", "BED_HANGING", null, task, new BigDecimal("1200.00"),
                "夜间查房，12张床位仅3人在床。", TODAY, TODAY);

        Clue c = clues.get(clueId);
        assertThat(c.sourceKind()).isEqualTo(SourceKind.SUPERVISOR);
        assertThat(c.institutionCode()).isEqualTo("H00000000009");
        assertThat(c.amountFen()).isEqualTo(120000);
        assertThat(c.status()).isEqualTo(ClueStatus.NEW);
        clues.assign(clueId, "investigator", "director");
        assertThat(registry.feedback(s.id())).filteredOn(f -> f.clueId().equals(clueId)).singleElement()
                .satisfies(f -> assertThat(f.status()).isEqualTo("ASSIGNED"));
    }

    @Test
    void refusesAReportOutsideTheSupervisorsTerm() {
        Supervisor s = registry.ofLogin("supervisor").orElseThrow();

        assertThatThrownBy(() -> registry.file("supervisor", "BED_HANGING", "H00000000009", null, null, "看见挂床",
                TODAY, s.termTo().plusDays(1))).isInstanceOf(SupervisorException.class).hasMessageContaining("term");
    }

    @Test
    void refusesAnotherSupervisorsAssignment() {
        long other = registry.register(new SupervisorRegistry.Registration("钱某某", "13912345678", Recruitment.NPC,
                "市人大常委会", "SJ-TEST-" + System.nanoTime(), TODAY.minusDays(1), TODAY.plusYears(1), null), "director");
        long task = registry.assign(other, SupervisorRegistry.AssignmentKind.WATCH, "H00000000008", TODAY, TODAY, "", "director");

        assertThatThrownBy(() -> registry.file("supervisor", "BED_HANGING", null, task, null, "看见挂床", TODAY, TODAY))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void requiresTheNominatingBodyOfANominatedSupervisor() {
        assertThatThrownBy(() -> registry.register(new SupervisorRegistry.Registration("孙某", null, Recruitment.CPPCC, " ",
                "SJ-TEST-X", TODAY, TODAY.plusYears(1), null), "director")).hasMessageContaining("nominated");
    }

    @Test
    void showsSupervisorsMaskedInTheRegistry() throws Exception {
        registry.register(new SupervisorRegistry.Registration("欧阳明月", "13812345678", Recruitment.MEDIA, "市广播电视台",
                "SJ-MASK-" + System.nanoTime(), TODAY, TODAY.plusYears(3), null), "director");

        String page = mvc.perform(MockMvcRequestBuilders.get("/supervisors").with(user("director").roles("DIRECTOR")))
                .andReturn().getResponse().getContentAsString();
        String api = mvc.perform(MockMvcRequestBuilders.get("/api/v1/supervisors").with(user("intake").roles("INTAKE")))
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("欧***").doesNotContain("欧阳明月");
        assertThat(api).contains("138****5678").doesNotContain("欧阳明月").doesNotContain("13812345678");
    }
}
