package org.fundguard.platform.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fundguard.core.Lead;
import org.fundguard.platform.SmallRegion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvidenceExtractorTest {

    @TempDir
    Path dir;

    @Test
    void masksThePersonsNamedByLeadsAndKeepsNoOneElse() {
        SmallRegion region = SmallRegion.writeTo(dir, "x");
        List<Lead> leads = region.leads;

        Evidence e = EvidenceExtractor.extract(dir, leads);

        assertThat(e.persons()).extracting(Evidence.PersonRow::psnNo)
                .containsExactlyInAnyOrder(SmallRegion.DECEASED, SmallRegion.INPATIENT);
        Evidence.PersonRow dead = e.persons().stream().filter(p -> p.psnNo().equals(SmallRegion.DECEASED)).findFirst().orElseThrow();
        assertThat(dead.certnoMasked()).isEqualTo("110101********1234").doesNotContain(SmallRegion.DECEASED_CERTNO);
        assertThat(dead.nameMasked()).isEqualTo("张**");
        assertThat(dead.phoneMasked()).isEqualTo("138****8000");
        assertThat(dead.deathDate()).isEqualTo(SmallRegion.DEATH);
    }

    @Test
    void keepsEveryVisitOfANamedPersonWithItsFundPaymentForTheTimeline() {
        SmallRegion region = SmallRegion.writeTo(dir, "x");
        List<Lead> leads = region.leads;

        Evidence e = EvidenceExtractor.extract(dir, leads);

        assertThat(e.visits()).extracting(Evidence.VisitRow::mdtrtId)
                .containsExactlyInAnyOrder("V001", "V002", "V003", "V004");
        Evidence.VisitRow v001 = e.visits().stream().filter(v -> v.mdtrtId().equals("V001")).findFirst().orElseThrow();
        assertThat(v001.medfeeFen()).isEqualTo(6500);
        assertThat(v001.fundPayFen()).isEqualTo(5200);
    }

    @Test
    void keepsTheNamedLinesAndTheLinesOfNamedVisitsOnly() {
        SmallRegion region = SmallRegion.writeTo(dir, "x");
        List<Lead> leads = region.leads;

        Evidence e = EvidenceExtractor.extract(dir, leads);

        assertThat(e.feeLines()).extracting(Evidence.FeeLineRow::feedetlSn)
                .containsExactlyInAnyOrder("F001-0", "F001-1", "F003-0", "F003-1", "F004-0", "F004-1");
        Evidence.FeeLineRow overPriced = e.feeLines().stream().filter(l -> l.feedetlSn().equals("F003-0")).findFirst().orElseThrow();
        assertThat(overPriced.itemName()).isEqualTo("血常规");
        assertThat(overPriced.priceFen()).isEqualTo(3500);
    }

    @Test
    void totalsEveryInstitutionForThePeerComparison() {
        SmallRegion region = SmallRegion.writeTo(dir, "x");
        List<Lead> leads = region.leads;

        Evidence e = EvidenceExtractor.extract(dir, leads);

        Evidence.InstitutionRow kangning = e.institutions().stream()
                .filter(i -> i.code().equals(SmallRegion.H_KANGNING)).findFirst().orElseThrow();
        assertThat(kangning.visits()).isEqualTo(3);
        assertThat(kangning.persons()).isEqualTo(2);
        assertThat(kangning.medfeeFen()).isEqualTo(6500 + 33500 + 60000);
        assertThat(e.institutions()).hasSize(4);
    }

    @Test
    void datesEachLeadByItsEarliestEvidence() {
        SmallRegion region = SmallRegion.writeTo(dir, "x");
        List<Lead> leads = region.leads;

        Evidence e = EvidenceExtractor.extract(dir, leads);

        assertThat(e.occurredOn().get(region.deceasedRule)).hasToString("2024-03-10");
        assertThat(e.occurredOn().get(region.overPrice)).hasToString("2024-02-01");
        assertThat(e.occurredOn().get(region.excessive)).hasToString("2024-02-01");
    }

    @Test
    void namesFileLineAndFieldOfABadValue() throws Exception {
        SmallRegion region = SmallRegion.writeTo(dir, "x");
        List<Lead> leads = region.leads;
        Path visits = dir.resolve("visits.csv");
        List<String> rows = Files.readAllLines(visits);
        rows.set(2, rows.get(2).replace("2024-01-05 10:00:00", "2024-01-05T10:00"));
        Files.write(visits, rows);

        assertThatThrownBy(() -> EvidenceExtractor.extract(dir, leads))
                .isInstanceOf(EvidenceException.class)
                .hasMessageContaining("visits.csv: line 3: field begntime");
    }
}
