package org.fundguard.governance.inspections;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DrawStreamTest {
    @Test
    void matchesTheDocumentedConstructionComputedIndependently() {
        // Python: sha256(b"fundguard-draw v1\n20250101\n" + b"0"*64 + b"\nselect:B\n" + (0).to_bytes(8, "big")),
        // four big-endian words, low 63 bits mod 10 (docs/governance.md, "Verifying a draw")
        DrawStream s = new DrawStream("20250101", "0".repeat(64), "select:B");

        assertThat(new int[] {s.below(10), s.below(10), s.below(10), s.below(10)}).containsExactly(4, 6, 4, 9);
    }

    @Test
    void staysInRangeAndReachesEveryValue() {
        DrawStream s = new DrawStream("x", "y", "z");
        int[] seen = new int[7];
        for (int i = 0; i < 7_000; i++) {
            seen[s.below(7)]++;
        }
        for (int count : seen) {
            assertThat(count).isBetween(800, 1200);
        }
    }

    @Test
    void purposesGiveIndependentStreams() {
        assertThat(new DrawStream("s", "h", "select:A").nextWord()).isNotEqualTo(new DrawStream("s", "h", "select:B").nextWord());
    }
}
