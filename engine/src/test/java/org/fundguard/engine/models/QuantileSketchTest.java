package org.fundguard.engine.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class QuantileSketchTest {
    @Test
    void givesQuantilesWithinTheBucketResolution() {
        QuantileSketch s = new QuantileSketch();
        for (int v = 1; v <= 1000; v++) {
            s.add(v);
        }

        assertThat(s.median()).isCloseTo(500, within(500 * 0.05));
        assertThat(s.quantile(0.9)).isCloseTo(900, within(900 * 0.05));
        assertThat(s.count()).isEqualTo(1000);
    }

    @Test
    void keepsZeroApartFromSmallValues() {
        QuantileSketch s = new QuantileSketch();
        for (int i = 0; i < 6; i++) {
            s.add(0);
        }
        for (int i = 0; i < 4; i++) {
            s.add(0.5);
        }

        assertThat(s.median()).isZero();
        assertThat(s.quantile(0.9)).isCloseTo(0.5, within(0.03));
    }

    @Test
    void mergingPartsGivesTheSameQuantilesAsOneSketch() {
        QuantileSketch whole = new QuantileSketch();
        QuantileSketch left = new QuantileSketch();
        QuantileSketch right = new QuantileSketch();
        for (int v = 0; v < 500; v++) {
            double x = (v * 37) % 211;
            whole.add(x);
            (v % 2 == 0 ? left : right).add(x);
        }

        QuantileSketch merged = left.merge(right);

        for (double q : new double[] {0.1, 0.5, 0.75, 0.99}) {
            assertThat(merged.quantile(q)).isEqualTo(whole.quantile(q));
        }
    }
}
