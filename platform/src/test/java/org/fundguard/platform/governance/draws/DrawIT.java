package org.fundguard.platform.governance.draws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fundguard.governance.credit.CreditGrade;
import org.fundguard.governance.inspections.Directory;
import org.fundguard.governance.inspections.DirectoryFiles;
import org.fundguard.governance.inspections.Draw;
import org.fundguard.governance.inspections.DrawRatios;
import org.fundguard.governance.inspections.InspectionTarget;
import org.fundguard.governance.inspections.Inspector;
import org.fundguard.governance.inspections.Pairing;
import org.fundguard.governance.inspections.RandomDraw;
import org.fundguard.platform.PlatformIT;
import org.fundguard.platform.governance.GovernanceFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * Draws through the platform: the stored draw re-run from its published inputs (by the verify API and
 * independently from the downloaded files) gives the same hash and result; avoidance and last year's
 * pairings hold over many seeds; each stratum's count follows its ratio.
 */
@PlatformIT
class DrawIT {
    @Autowired
    MockMvc mvc;
    @Autowired
    Draws draws;

    @TempDir
    Path downloads;

    @BeforeEach
    void directory() throws Exception {
        GovernanceFixtures.importDirectory(mvc, "D", 60, 24);
    }

    @Test
    void aPublishedDrawReRunFromItsPublishedInputsGivesTheSameHashAndResult() throws Exception {
        JsonNode drawn = draw(2026, "2026-01-05 双色球 03 11 17 22 28 31 + 09", Map.of("A", 50, "B", 100, "C", 200, "D", 500));
        long id = drawn.get("id").asLong();
        publish(id);

        JsonNode v = GovernanceFixtures.json(mvc.perform(get("/api/v1/open/draws/" + id + "/verification"))
                .andReturn().getResponse().getContentAsString());
        assertThat(v.get("verified").asBoolean()).isTrue();
        assertThat(v.get("recomputedSha256").asString()).isEqualTo(drawn.get("snapshotSha256").asString());
        assertThat(pairs(v.get("recomputed"))).isEqualTo(storedPairs(drawn));

        // independently: the four published files and the seed, through the governance module as a verifier would
        for (String f : List.of("targets", "inspectors", "previous", "ratios")) {
            Files.write(downloads.resolve(f + ".csv"), mvc.perform(get("/open/draws/" + id + "/" + f + ".csv"))
                    .andReturn().getResponse().getContentAsByteArray());
        }
        Directory directory = DirectoryFiles.read(downloads.resolve("targets.csv"), downloads.resolve("inspectors.csv"));
        Draw again = RandomDraw.draw(directory, DirectoryFiles.readPairings(downloads.resolve("previous.csv")),
                DrawRatios.read(downloads.resolve("ratios.csv")), 2, drawn.get("seed").asString());
        assertThat(again.snapshotSha256()).isEqualTo(drawn.get("snapshotSha256").asString());
        assertThat(Set.copyOf(again.pairings())).isEqualTo(storedPairs(drawn));
        String canonical = mvc.perform(get("/open/draws/" + id + "/inputs.txt")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(canonical).isEqualTo(RandomDraw.canonicalInputs(directory,
                DirectoryFiles.readPairings(downloads.resolve("previous.csv")), DrawRatios.read(downloads.resolve("ratios.csv")), 2));
    }

    @Test
    void theSameSeedOnTheSameDirectoryDrawsTheSameTargetsAndTeams() throws Exception {
        JsonNode first = draw(2025, "seed-one", Map.of("A", 100, "B", 200, "C", 300, "D", 500));
        JsonNode second = draw(2025, "seed-one", Map.of("A", 100, "B", 200, "C", 300, "D", 500));
        JsonNode other = draw(2025, "seed-two", Map.of("A", 100, "B", 200, "C", 300, "D", 500));

        assertThat(second.get("snapshotSha256").asString()).isEqualTo(first.get("snapshotSha256").asString());
        assertThat(storedPairs(second)).isEqualTo(storedPairs(first));
        assertThat(other.get("snapshotSha256").asString()).isEqualTo(first.get("snapshotSha256").asString());
        assertThat(storedPairs(other)).isNotEqualTo(storedPairs(first));
    }

    @Test
    void noSeedSendsAnInspectorToTheirOwnOrARelatedUnitOrRepeatsLastYearsPairing() throws Exception {
        JsonNode lastYear = draw(2027, "last-year", Map.of("A", 300, "B", 300, "C", 300, "D", 300));
        publish(lastYear.get("id").asLong());
        Set<Pairing> lastYearPairs = storedPairs(lastYear);

        for (int seed = 0; seed < 25; seed++) {
            long id = draw(2028, "seed-" + seed, Map.of("A", 300, "B", 300, "C", 300, "D", 300)).get("id").asLong();
            Draws.Inputs in = draws.inputs(id);
            assertThat(in.previous()).containsExactlyInAnyOrderElementsOf(lastYearPairs);
            Map<String, InspectionTarget> targets = new HashMap<>();
            in.directory().targets().forEach(t -> targets.put(t.code(), t));
            Map<String, Inspector> inspectors = new HashMap<>();
            in.directory().inspectors().forEach(i -> inspectors.put(i.id(), i));
            Map<String, Integer> teamSize = new HashMap<>();
            for (Pairing p : draws.assignments(id)) {
                InspectionTarget t = targets.get(p.targetCode());
                Inspector i = inspectors.get(p.inspectorId());
                assertThat(i.unit()).as("seed %d: %s at %s", seed, i.id(), t.code()).isNotIn(t.unit(), t.code());
                assertThat(i.relations()).as("seed %d: %s at %s", seed, i.id(), t.code()).doesNotContain(t.unit(), t.code());
                assertThat(lastYearPairs).as("seed %d", seed).doesNotContain(p);
                teamSize.merge(p.targetCode(), 1, Integer::sum);
            }
            assertThat(teamSize.values()).allMatch(n -> n == 2);
        }
    }

    @Test
    void eachStratumDrawsItsRatioOfItsPopulationRoundedUp() throws Exception {
        Map<String, Integer> ratios = Map.of("A", 50, "B", 100, "C", 250, "D", 500);
        JsonNode d = draw(2024, "strata", ratios);
        Draws.Inputs in = draws.inputs(d.get("id").asLong());

        Map<String, Integer> population = new HashMap<>();
        in.directory().targets().forEach(t -> population.merge(t.creditGrade().name(), 1, Integer::sum));
        Map<String, Integer> drawnByGrade = new HashMap<>();
        Map<String, String> gradeOf = new HashMap<>();
        in.directory().targets().forEach(t -> gradeOf.put(t.code(), t.creditGrade().name()));
        Set<String> drawnTargets = new HashSet<>();
        draws.assignments(d.get("id").asLong()).forEach(p -> drawnTargets.add(p.targetCode()));
        drawnTargets.forEach(code -> drawnByGrade.merge(gradeOf.get(code), 1, Integer::sum));
        for (CreditGrade g : CreditGrade.values()) {
            int n = population.getOrDefault(g.name(), 0);
            int expected = n == 0 ? 0 : Math.max(1, (n * ratios.get(g.name()) + 999) / 1000);
            assertThat(drawnByGrade.getOrDefault(g.name(), 0)).as("grade %s of %d", g, n).isEqualTo(expected);
        }
        JsonNode strata = d.get("strata");
        assertThat(strata).hasSize(4);
        strata.forEach(s -> assertThat(s.get("ratioPermille").asInt()).isEqualTo(ratios.get(s.get("grade").asString())));
    }

    @Test
    void refusesRatiosThatFallAsCreditWorsensAndAnUnpublishedDrawIsNotPublic() throws Exception {
        var refused = mvc.perform(post("/api/v1/governance/draws").with(user("director").roles("DIRECTOR")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"t\",\"year\":2024,\"seed\":\"s\",\"ratiosPermille\":{\"A\":300,\"B\":100,\"C\":200,\"D\":500}}"))
                .andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString()).contains("等级 B");

        long id = draw(2024, "not-yet", Map.of("A", 50, "B", 100, "C", 200, "D", 500)).get("id").asLong();
        assertThat(mvc.perform(get("/open/draws/" + id)).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/api/v1/open/draws/" + id + "/verification")).andReturn().getResponse().getStatus())
                .isEqualTo(404);
    }

    private JsonNode draw(int year, String seed, Map<String, Integer> ratios) throws Exception {
        String body = GovernanceFixtures.JSON.writeValueAsString(Map.of("title", "测试抽查 " + seed, "year", year, "seed", seed,
                "ratiosPermille", ratios, "inspectorsPerTarget", 2));
        var response = mvc.perform(post("/api/v1/governance/draws").with(user("director").roles("DIRECTOR")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return GovernanceFixtures.json(response.getContentAsString(StandardCharsets.UTF_8));
    }

    private void publish(long id) throws Exception {
        assertThat(mvc.perform(post("/api/v1/governance/draws/" + id + "/publication").with(user("director").roles("DIRECTOR"))
                .with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(200);
    }

    private static Set<Pairing> storedPairs(JsonNode draw) {
        Set<Pairing> out = new HashSet<>();
        draw.get("targets").forEach(t -> t.get("inspectors").forEach(i ->
                out.add(new Pairing(t.get("code").asString(), i.get("id").asString()))));
        return out;
    }

    private static Set<Pairing> pairs(JsonNode array) {
        Set<Pairing> out = new HashSet<>();
        array.forEach(p -> out.add(new Pairing(p.get("targetCode").asString(), p.get("inspectorId").asString())));
        return out;
    }
}
