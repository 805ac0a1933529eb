package org.fundguard.platform.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import org.fundguard.core.CertType;
import org.fundguard.core.FeeDetail;
import org.fundguard.core.MedType;
import org.fundguard.core.Quantity;
import org.fundguard.core.Settlement;
import org.fundguard.core.Visit;
import org.fundguard.engine.Claim;
import org.junit.jupiter.api.Test;

class ClaimCodecTest {
    static final LocalDateTime MORNING = LocalDateTime.of(2024, 5, 6, 8, 30, 15);

    @Test
    void readsBackTheClaimItWrote() {
        Visit v = new Visit("V9", "P9", "H00000000009", MedType.INPATIENT, MORNING, MORNING.plusDays(3), "D01",
                "D00000000009", "I10", List.of("E11.9", "N18"), CertType.E_VOUCHER, null);
        FeeDetail drug = new FeeDetail("F9-1", "V9", "P9", "H00000000009", MORNING.plusHours(1), "C001", null,
                Quantity.of(2), 1250, 2500, "D00000000009", "D01", List.of("TR1", "TR2"));
        FeeDetail refund = new FeeDetail("F9-2", "V9", "P9", "H00000000009", MORNING.plusHours(2), "C001", "M1",
                -Quantity.ONE / 2, 1250, -625, null, null, List.of());
        Settlement s = new Settlement("S9", "V9", "P9", "H00000000009", MORNING.plusDays(3), 1875, 0, 1500, 0, 375, 1500,
                false);
        Claim claim = new Claim(v, List.of(drug, refund), List.of(s));

        assertThat(ClaimCodec.decode(ClaimCodec.encode(claim))).isEqualTo(claim);
    }

    @Test
    void readsBackAnUnsettledVisitWithoutLines() {
        Visit v = new Visit("V1", "P1", "P00000000001", MedType.PHARMACY_PURCHASE, MORNING, MORNING, null, null, null,
                List.of(), null, "T7");
        Claim claim = new Claim(v, List.of(), List.of());

        assertThat(ClaimCodec.decode(ClaimCodec.encode(claim))).isEqualTo(claim);
    }
}
