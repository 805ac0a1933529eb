package org.fundguard.engine.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import org.fundguard.core.CertType;
import org.fundguard.core.FeeDetail;
import org.fundguard.core.MedType;
import org.fundguard.core.Settlement;
import org.fundguard.core.Visit;
import org.fundguard.engine.Claim;
import org.junit.jupiter.api.Test;

class ClaimsTest {
    private static final LocalDateTime T0 = LocalDateTime.of(2025, 5, 1, 8, 0);

    private static Visit visit(String id) {
        return new Visit(id, "P1", "H1", MedType.INPATIENT, T0, T0.plusDays(3), "D", "D1", "J18.9", List.of(),
                CertType.ID_CARD, "T");
    }

    private static FeeDetail line(String sn, String visit, LocalDateTime at) {
        return new FeeDetail(sn, visit, "P1", "H1", at, "X", "X", 10_000, 100, 100, "D1", "D", List.of());
    }

    private static Settlement settlement(String id, String visit, LocalDateTime at) {
        return new Settlement(id, visit, "P1", "H1", at, 100, 0, 70, 0, 30, 70, false);
    }

    @Test
    void groupsLinesByVisitInChargeTimeThenLineIdOrder() {
        List<Claim> claims = Claims.of(List.of(visit("V1"), visit("V2")),
                List.of(line("F3", "V1", T0.plusHours(2)), line("F2", "V2", T0), line("F9", "V1", T0),
                        line("F1", "V1", T0.plusHours(2))),
                List.of(settlement("S2", "V1", T0.plusDays(3)), settlement("S1", "V1", T0.plusDays(2))));

        assertThat(claims).extracting(c -> c.visit().mdtrtId()).containsExactly("V1", "V2");
        assertThat(claims.get(0).lines()).extracting(FeeDetail::feedetlSn).containsExactly("F9", "F1", "F3");
        assertThat(claims.get(0).settlements()).extracting(Settlement::setlId).containsExactly("S1", "S2");
        assertThat(claims.get(1).lines()).extracting(FeeDetail::feedetlSn).containsExactly("F2");
        assertThat(claims.get(1).settlements()).isEmpty();
    }

    @Test
    void leavesOutLinesOfVisitsTheDataSetDoesNotHold() {
        List<Claim> claims = Claims.of(List.of(visit("V1")), List.of(line("F1", "V404", T0)), List.of());

        assertThat(claims.get(0).lines()).isEmpty();
    }
}
