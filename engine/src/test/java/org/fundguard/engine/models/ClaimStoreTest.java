package org.fundguard.engine.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.fundguard.core.CertType;
import org.fundguard.core.FeeDetail;
import org.fundguard.core.MedType;
import org.fundguard.core.Settlement;
import org.fundguard.core.Visit;
import org.fundguard.engine.Claim;
import org.junit.jupiter.api.Test;

class ClaimStoreTest {
    private static final LocalDateTime T0 = LocalDateTime.of(2025, 5, 1, 8, 0);

    private static Visit visit(String id, String person, CertType cert, List<String> otherDiags) {
        return new Visit(id, person, "H1", MedType.INPATIENT, T0, T0.plusDays(3).plusSeconds(17), "D", null, "J18.9",
                otherDiags, cert, null);
    }

    private static FeeDetail line(String sn, String visit, String person, LocalDateTime at, List<String> traces) {
        return new FeeDetail(sn, visit, person, "H1", at, "X01", null, -20_000, 1234, -2468, "D1", "D", traces);
    }

    private static Settlement settlement(String id, String visit, String person, LocalDateTime at, boolean reversed) {
        return new Settlement(id, visit, person, "H1", at, 100, 1, 70, 2, 30, 70, reversed);
    }

    @Test
    void rebuildsEachClaimEqualToTheLoadedRecordsInClaimsOrder() {
        List<Visit> visits = List.of(visit("V2", "P1", null, List.of("E11.9", "I10")), visit("V1", "P2", CertType.E_VOUCHER,
                List.of()), visit("V10", "P1", CertType.ID_CARD, List.of("E11.9", "I10")));
        List<FeeDetail> lines = new ArrayList<>(List.of(
                line("F3", "V2", "P1", T0.plusHours(2), List.of()),
                line("F20", "V2", "P1", T0.plusHours(2), List.of("8312345678901234567890", "8312345678901234567891")),
                line("F9", "V2", "P1", T0, List.of("T1")),
                line("F药1", "V1", "P2", T0.minusYears(40), List.of()),
                line("F1", "V10", "P1", T0.plusDays(900).plusSeconds(59), List.of())));
        List<Settlement> settlements = List.of(settlement("S2", "V2", "P1", T0.plusDays(3), false),
                settlement("S1", "V2", "P1", T0.plusDays(2), true), settlement("S3", "V10", "P1", T0, false));

        ClaimStore store = ClaimStore.of(visits, lines, settlements);
        List<Claim> expected = Claims.of(visits, lines, settlements);

        assertThat(store.size()).isEqualTo(3);
        assertThat(store.feeLines()).isEqualTo(5);
        for (int i = 0; i < expected.size(); i++) {
            assertThat(store.claim(i)).isEqualTo(expected.get(i));
        }
        assertThat(store.claim(0).lines()).extracting(FeeDetail::feedetlSn).containsExactly("F9", "F20", "F3");
    }

    @Test
    void listsPersonsInPsnNoOrderWithTheirRowsInFileOrder() {
        List<Visit> visits = List.of(visit("V1", "P2", null, List.of()), visit("V2", "P1", null, List.of()),
                visit("V3", "P2", null, List.of()));
        List<FeeDetail> lines = List.of(line("F2", "V3", "P2", T0, List.of()), line("F1", "V1", "P2", T0, List.of()));
        List<Settlement> settlements = List.of(settlement("S9", "V1", "P2", T0.plusDays(1), false),
                settlement("S1", "V1", "P2", T0, false));
        ClaimStore store = ClaimStore.of(visits, lines, settlements);

        assertThat(store.persons()).isEqualTo(2);
        assertThat(store.personAt(0)).isEqualTo("P1");
        List<Visit> v = new ArrayList<>();
        List<FeeDetail> l = new ArrayList<>();
        List<Settlement> s = new ArrayList<>();
        store.personRows(1, v, l, s);
        assertThat(v).extracting(Visit::mdtrtId).containsExactly("V1", "V3");
        assertThat(l).extracting(FeeDetail::feedetlSn).containsExactly("F1", "F2");
        assertThat(s).extracting(Settlement::setlId).containsExactly("S9", "S1");
        assertThat(v).containsExactly(visits.get(0), visits.get(2));
    }

    @Test
    void tellsWhichTraceCodesOccurMoreThanOnce() {
        List<Visit> visits = List.of(visit("V1", "P1", null, List.of()), visit("V2", "P2", null, List.of()));
        List<FeeDetail> lines = List.of(line("F1", "V1", "P1", T0, List.of("A1", "B1")),
                line("F2", "V2", "P2", T0, List.of("A1")), line("F3", "V2", "P2", T0, List.of("C1", "追溯1", "追溯1")));
        var mayRepeat = ClaimStore.of(visits, lines, List.of()).traceCodesThatMayRepeat();

        assertThat(mayRepeat.test("A1")).isTrue();
        assertThat(mayRepeat.test("追溯1")).isTrue();
        assertThat(mayRepeat.test("B1")).isFalse();
        assertThat(mayRepeat.test("C1")).isFalse();
        assertThat(mayRepeat.test("Z9")).isFalse();
    }

    @Test
    void theExecutorFindsTheSameOverTheStoreAsOverLoadedClaims() {
        World world = LocalExecutorTest.aRegionWithACaseOfEveryKind(new World());
        List<Claim> claims = world.claims();
        List<Visit> visits = new ArrayList<>();
        List<FeeDetail> lines = new ArrayList<>();
        List<Settlement> settlements = new ArrayList<>();
        for (Claim c : claims) {
            visits.add(c.visit());
            lines.addAll(c.lines());
            settlements.addAll(c.settlements());
        }
        Collections.shuffle(lines, new Random(3)); // a file need not keep a visit's lines together
        ClaimStore store = ClaimStore.of(visits, lines, settlements);

        var fromList = new LocalExecutor(1, StageListener.SILENT).run(ModelCatalogue.standard(), claims, world.region());
        var fromStore = new LocalExecutor(3, 7, StageListener.SILENT).run(ModelCatalogue.standard(), store, world.region());

        assertThat(fromList).isNotEmpty();
        assertThat(fromStore).isEqualTo(fromList);
    }
}
