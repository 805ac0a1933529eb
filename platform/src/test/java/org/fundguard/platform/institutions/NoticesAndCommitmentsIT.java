package org.fundguard.platform.institutions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.fundguard.platform.PlatformIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Notices from case handling answered by the institution, and the yearly credit commitment. */
@PlatformIT
class NoticesAndCommitmentsIT {
    static final LocalDate JUNE_1 = LocalDate.of(2025, 6, 1);
    static final LocalDate JUNE_10 = LocalDate.of(2025, 6, 10);
    static final LocalDate JUNE_11 = LocalDate.of(2025, 6, 11);

    @Autowired
    InstitutionNotices notices;
    @Autowired
    Commitments commitments;
    @Autowired
    JdbcClient jdbc;

    @Test
    void givesCasesTheStatementsFiledToTheirNoticesWithTheEvidence() {
        long notice = notices.send("H-NOTICE-1", "FG-2025-000101", InstitutionNotices.Kind.HEARING, "行政处罚事先告知书",
                "拟处违规金额2倍罚款，可于期限内陈述申辩。", "cases:doc-17", JUNE_10, "legal");
        byte[] scan = "票据扫描件".getBytes(java.nio.charset.StandardCharsets.UTF_8);

        notices.answer("H-NOTICE-1", notice, InstitutionNotices.StatementKind.DEFENCE, "收费依据为物价文件第3条。",
                List.of(new InstitutionNotices.Upload("票据.pdf", "application/pdf", scan)), JUNE_10, "inst1");

        List<InstitutionNotices.Statement> statements = notices.statementsFor("FG-2025-000101");
        assertThat(statements).singleElement().satisfies(s -> {
            assertThat(s.kind()).isEqualTo(InstitutionNotices.StatementKind.DEFENCE);
            assertThat(s.institutionCode()).isEqualTo("H-NOTICE-1");
            assertThat(s.files()).singleElement().satisfies(f -> {
                assertThat(f.filename()).isEqualTo("票据.pdf");
                assertThat(f.sizeBytes()).isEqualTo(scan.length);
                assertThat(f.sha256()).isEqualTo(InstitutionNotices.sha256(scan));
            });
        });
        assertThat(notices.noticesFor("FG-2025-000101")).singleElement()
                .satisfies(n -> assertThat(n.status()).isEqualTo("ANSWERED"));
    }

    @Test
    void refusesAStatementAfterTheDeadline() {
        long notice = notices.send("H-NOTICE-2", "FG-2025-000102", InstitutionNotices.Kind.RECTIFICATION, "责令整改通知书",
                "限期整改。", null, JUNE_10, "investigator");

        assertThatThrownBy(() -> notices.answer("H-NOTICE-2", notice, InstitutionNotices.StatementKind.RECTIFICATION_REPORT,
                "已整改", List.of(), JUNE_11, "inst1")).isInstanceOf(InstitutionException.class).hasMessageContaining("2025-06-10");
        assertThat(notices.statementsOf(notice)).isEmpty();
    }

    @Test
    void refusesTooManyOrTooLargeFiles() {
        long notice = notices.send("H-NOTICE-3", null, InstitutionNotices.Kind.INTERVIEW, "约谈通知书", "约谈。", null, null,
                "investigator");
        byte[] big = new byte[InstitutionNotices.MAX_FILE_BYTES + 1];

        assertThatThrownBy(() -> notices.answer("H-NOTICE-3", notice, InstitutionNotices.StatementKind.STATEMENT, "说明",
                List.of(new InstitutionNotices.Upload("big.bin", null, big)), JUNE_1, "inst1")).hasMessageContaining("larger");
        assertThat(notices.statementsOf(notice)).isEmpty();
    }

    @Test
    void signsTheCommitmentOnceAYearNamingTheTextItsHashAndTheSigner() {
        Commitments.Text text = commitments.current();

        commitments.sign("H-COMMIT-1", 2025, text.version(), "张院长", "inst1");

        Commitments.Signature s = commitments.of("H-COMMIT-1", 2025).orElseThrow();
        assertThat(s.textVersion()).isEqualTo(text.version());
        assertThat(s.textSha256()).isEqualTo(InstitutionNotices.sha256(text.body())).hasSize(64);
        assertThat(s.signerMasked()).isEqualTo("张**");
        assertThatThrownBy(() -> commitments.sign("H-COMMIT-1", 2025, text.version(), "李院长", "inst1"))
                .hasMessageContaining("already signed");
        assertThatThrownBy(() -> jdbc.sql("update institution_commitments set signer_name = 'x' where fixmedins_code = 'H-COMMIT-1'")
                .update()).hasMessageContaining("cannot be changed");
        commitments.sign("H-COMMIT-1", 2026, text.version(), "张院长", "inst1");
        assertThat(commitments.of("H-COMMIT-1", 2026)).isPresent();
    }

    @Test
    void refusesASignatureOfAnOutdatedText() {
        int old = commitments.current().version() - 1;

        assertThatThrownBy(() -> commitments.sign("H-COMMIT-2", 2025, old, "王院长", "inst2")).hasMessageContaining("read it again");
        assertThat(commitments.of("H-COMMIT-2", 2025)).isEmpty();
    }
}
