package org.fundguard.enforcement.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.fundguard.enforcement.files.DataFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TerminationAdviceTest {
    private static final String H1 = "H00000000001";
    private static final LocalDate SIGNED = LocalDate.of(2024, 1, 1);
    private static final LocalDate TERM_END = LocalDate.of(2026, 12, 31);
    private static final LocalDate MARCH_1 = LocalDate.of(2025, 3, 1);
    private static final LocalDate MAY_31 = LocalDate.of(2025, 5, 31);
    private static final LocalDate SEPT_1 = LocalDate.of(2025, 9, 1);

    private static final AgreementEvent FIRST = AgreementEvent.suspend(H1, null, MARCH_1, MAY_31, "决1");
    private static final AgreementEvent SECOND = AgreementEvent.suspend(H1, null, SEPT_1, SEPT_1.plusDays(29), "决2");
    private static final AgreementEvent DEPARTMENT = AgreementEvent.suspend(H1, "D01", SEPT_1, SEPT_1.plusDays(29), "决3");
    private static final AgreementEvent BEFORE_TERM = AgreementEvent.suspend(H1, null, LocalDate.of(2023, 5, 1), LocalDate.of(2023, 5, 30), "决0");

    @TempDir
    Path dir;

    @Test
    void takesTheThresholdOfTwoSuspensionsFromTheShippedAgreementPolicy() {
        TerminationAdvice advice = TerminationAdvice.builtIn();

        assertThat(advice.suspensionsForTermination()).isEqualTo(2);
    }

    @Test
    void suggestsTerminationAfterTheSecondSuspensionWithinTheTerm() {
        TerminationAdvice advice = TerminationAdvice.builtIn();

        assertThat(advice.assess(H1, List.of(BEFORE_TERM, FIRST, DEPARTMENT), SIGNED, TERM_END, false)).isEmpty();
        assertThat(advice.assess(H1, List.of(BEFORE_TERM, FIRST, DEPARTMENT, SECOND), SIGNED, TERM_END, false)).hasValueSatisfying(s -> {
            assertThat(s.grounds()).containsExactly(FIRST, SECOND);
            assertThat(s.reason()).contains("已2次被中止医保协议").contains("决1").contains("决2");
            assertThat(s.basis()).contains("第四十条");
        });
    }

    @Test
    void suggestsTerminationWhenFraudIsConfirmed() {
        assertThat(TerminationAdvice.builtIn().assess(H1, List.of(), SIGNED, TERM_END, true))
                .hasValueSatisfying(s -> assertThat(s.reason()).contains("欺诈骗保"));
    }

    @Test
    void aLocalAgreementAskingForThreeSuspensionsWaitsForTheThird() throws IOException {
        TerminationAdvice local = TerminationAdvice.read(policy("termination_after_suspensions,3,某市服务协议第五十条"));
        AgreementEvent third = AgreementEvent.suspend(H1, null, LocalDate.of(2025, 11, 1), LocalDate.of(2025, 11, 30), "决4");

        assertThat(local.assess(H1, List.of(FIRST, SECOND), SIGNED, TERM_END, false)).isEmpty();
        assertThat(local.assess(H1, List.of(FIRST, SECOND, third), SIGNED, TERM_END, false)).hasValueSatisfying(s -> {
            assertThat(s.reason()).contains("已3次").contains("达到3次");
            assertThat(s.basis()).isEqualTo("某市服务协议第五十条");
        });
    }

    @Test
    void refusesAPolicyWithoutItsSourceOrWithoutTheThreshold() throws IOException {
        assertThatThrownBy(() -> TerminationAdvice.read(policy("termination_after_suspensions,2,")))
                .isInstanceOf(DataFileException.class).hasMessageContaining("policy.csv:2:basis");
        assertThatThrownBy(() -> TerminationAdvice.read(policy("something_else,2,来源")))
                .isInstanceOf(DataFileException.class).hasMessageContaining("missing key termination_after_suspensions");
        assertThatThrownBy(() -> TerminationAdvice.read(policy("termination_after_suspensions,0,来源")))
                .isInstanceOf(DataFileException.class).hasMessageContaining(":value:");
    }

    private Path policy(String row) throws IOException {
        Path f = dir.resolve("policy.csv");
        Files.writeString(f, "key,value,basis\n" + row + "\n");
        return f;
    }
}
