package org.fundguard.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.esotericsoftware.kryo.io.Output;
import java.util.List;
import org.fundguard.engine.Claim;
import org.junit.jupiter.api.Test;

class ClaimCodecTest {
    @Test
    void claimsComeBackEqualThroughTheShuffleEncoding() {
        List<Claim> claims = LocalReference.claims(SmallRegion.generate(7, 40, 3));
        // nulls, refunds, fractions, trace codes, second settlements, lines of another practitioner
        assertThat(claims).hasSizeGreaterThan(40);

        Output buffer = ClaimCodec.buffer();
        for (Claim c : claims) {
            assertThat(ClaimCodec.decode(ClaimCodec.encode(c, buffer))).isEqualTo(c);
        }
    }
}
