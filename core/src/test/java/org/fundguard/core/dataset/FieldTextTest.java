package org.fundguard.core.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.fundguard.core.Money;
import org.fundguard.core.Quantity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FieldTextTest {
    private final FieldText text = new FieldText();

    @Test
    void parsesDatesAndKnowsLeapYears() {
        assertThat(date("2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(date("2023-02-29")).isNull();
        assertThat(date("1900-02-29")).isNull();
        assertThat(date("2000-02-29")).isEqualTo(LocalDate.of(2000, 2, 29));
        assertThat(date("2025-04-31")).isNull();
        assertThat(date("2025-4-01")).isNull();
        assertThat(date("1850-01-01")).isEqualTo(LocalDate.of(1850, 1, 1));
    }

    @Test
    void parsesDateTimesToTheSecond() {
        assertThat(dateTime("2025-03-03 23:59:59")).isEqualTo(LocalDateTime.of(2025, 3, 3, 23, 59, 59));
        assertThat(dateTime("2025-03-03 24:00:00")).isNull();
        assertThat(dateTime("2025-03-03 09:60:00")).isNull();
        assertThat(dateTime("2025-03-03T09:00:00")).isNull();
        assertThat(dateTime("2025-03-03 09:00")).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "12", "12.5", "12.50", "-3.07", "+4", ".5", "12.", "999999999999999.99", "12.345",
        "1e3", "", "-", "1 2", "0012.10", "1234567890123456"})
    void acceptsExactlyTheAmountsMoneyParseFenAccepts(String s) {
        long fast = FieldText.fen(s.toCharArray(), 0, s.length());
        Long expected;
        try {
            expected = Money.parseFen(s);
        } catch (NumberFormatException e) {
            expected = null;
        }
        assertThat(fast == FieldText.INVALID ? null : fast).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "1", "2.5", "-1", "0.0001", "0.00001", "3.14159", "12.", ".25", "+2", "x", "",
        "1234567890123", "10.1234"})
    void acceptsExactlyTheQuantitiesQuantityParseAccepts(String s) {
        long fast = FieldText.quantity(s.toCharArray(), 0, s.length());
        Long expected;
        try {
            expected = Quantity.parse(s);
        } catch (NumberFormatException e) {
            expected = null;
        }
        assertThat(fast == FieldText.INVALID ? null : fast).isEqualTo(expected);
    }

    @Test
    void arenaKeyIndexFindsKeysByCharactersAfterGrowing() {
        keyIndexFindsKeysByCharactersAfterGrowing(new KeyIndex("fee_details.csv", false));
        KeyIndex arena = new KeyIndex("fee_details.csv", false);
        char[] a = "F1,F22,F1".toCharArray();
        int f1 = arena.add(a, 0, 2, 2);
        int f22 = arena.add(a, 3, 3, 3);
        assertThat(arena.add(a, 7, 2, 4)).isEqualTo(-(f1 + 1));
        assertThat(arena.key(f22)).isEqualTo("F22");
        assertThat(arena.find("F22")).isEqualTo(f22);
    }

    @Test
    void keyIndexKeepsLatinKeysFindableAfterAKeyBeyondLatin1WidensItsArena() {
        KeyIndex index = new KeyIndex("visits.csv");
        for (int i = 0; i < 3000; i++) {
            index.add("Vé" + i, i + 2);
        }
        int chinese = index.add("V就诊1", 3002);
        for (int i = 3000; i < 6000; i++) {
            index.add("V" + i, i + 2);
        }
        assertThat(index.find("Vé17")).isGreaterThanOrEqualTo(0);
        assertThat(index.key(index.find("Vé17"))).isEqualTo("Vé17");
        assertThat(index.find("V就诊1")).isEqualTo(chinese);
        assertThat(index.find("V5999")).isGreaterThanOrEqualTo(0);
        assertThat(index.find("V就诊2")).isEqualTo(-1);
        assertThat(index.add("Vé17", 1)).isNegative();
    }

    @Test
    void idIndexKeepsSparseIdsFindableWhenItStopsMakingBlocks() {
        KeyIndex ids = new KeyIndex("fee_details.csv", false);
        for (int i = 0; i < 6000; i++) {
            assertThat(ids.add(("X" + (i * 7919) + "Q" + i % 100 / 10 + i % 10).toCharArray(), 0,
                    ("X" + (i * 7919) + "Q00").length(), i + 2)).isGreaterThanOrEqualTo(0);
        }
        for (int i = 0; i < 6000; i++) {
            String k = "X" + (i * 7919) + "Q" + i % 100 / 10 + i % 10;
            int e = ids.find(k);
            assertThat(e).as(k).isGreaterThanOrEqualTo(0);
            assertThat(ids.key(e)).isEqualTo(k);
            assertThat(ids.line(e)).isEqualTo(i + 2);
            assertThat(ids.add(k, 99)).isEqualTo(-(e + 1));
        }
        int e = ids.find("X7919Q01");
        ids.reject(e);
        assertThat(ids.rejected(e)).isTrue();
        assertThat(ids.rejected(ids.find("X0Q00"))).isFalse();
    }

    @Test
    void stringKeyIndexFindsKeysByCharactersAfterGrowing() {
        keyIndexFindsKeysByCharactersAfterGrowing(new KeyIndex("visits.csv"));
    }

    private static void keyIndexFindsKeysByCharactersAfterGrowing(KeyIndex index) {
        for (int i = 0; i < 5000; i++) {
            assertThat(index.add("V" + i, i + 2)).isGreaterThanOrEqualTo(0);
        }
        int v17 = index.find("V17");
        assertThat(index.add("V17", 99)).isEqualTo(-(v17 + 1));
        char[] a = "xxV4321yy".toCharArray();
        int e = index.find(a, 2, 5);
        assertThat(index.key(e)).isEqualTo("V4321");
        assertThat(index.key(index.find(a, 2, 4))).isEqualTo("V432");
        assertThat(index.find("V5000")).isEqualTo(-1);
        assertThat(index.size()).isEqualTo(5000);
        index.reject(e);
        assertThat(index.rejected(e)).isTrue();
        assertThat(index.line(e)).isEqualTo(4323);
    }

    private LocalDate date(String s) {
        return text.date(s.toCharArray(), 0, s.length());
    }

    private LocalDateTime dateTime(String s) {
        return text.dateTime(s.toCharArray(), 0, s.length());
    }
}
