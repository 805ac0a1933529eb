package org.fundguard.reporting.confidentiality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FollowUpCredentialsTest {
    // a low count keeps the suite fast; the production default is FollowUpCredentials.DEFAULT_ITERATIONS
    private static final FollowUpCredentials CREDENTIALS = new FollowUpCredentials(new SecureRandom(), 1_000);

    @Test
    void issuesAnUnambiguousCodeAndAPasswordThatVerifiesOnlyItself() {
        FollowUpCredentials.Issued issued = CREDENTIALS.issue();
        assertThat(issued.queryCode()).matches("[2-9A-HJ-NP-Z]{4}(-[2-9A-HJ-NP-Z]{4}){3}");
        assertThat(issued.password()).hasSize(12);
        assertThat(CREDENTIALS.verify(Optional.of(issued.stored()), issued.password().toCharArray())).isTrue();
        assertThat(CREDENTIALS.verify(Optional.of(issued.stored()), (issued.password() + "x").toCharArray())).isFalse();
        assertThat(issued.toString()).doesNotContain(issued.password());
    }

    @Test
    void storesAHashWithAPerReportSaltSoEqualPasswordsDiffer() {
        PasswordHash a = CREDENTIALS.hash("same-password".toCharArray());
        PasswordHash b = CREDENTIALS.hash("same-password".toCharArray());
        assertThat(a.salt()).hasSize(16).isNotEqualTo(b.salt());
        assertThat(a.hash()).isNotEqualTo(b.hash());
        assertThat(a.encoded()).startsWith("pbkdf2-sha256$1000$").doesNotContain("same-password");
    }

    @Test
    void verifiesAgainstTheStoredEncodingAfterARoundTrip() {
        FollowUpCredentials.Issued issued = CREDENTIALS.issue("我的查询密码123".toCharArray());
        PasswordHash stored = PasswordHash.parse(issued.stored().encoded());
        assertThat(CREDENTIALS.verify(Optional.of(stored), "我的查询密码123".toCharArray())).isTrue();
    }

    @Test
    void keepsVerifyingHashesMadeWithAnEarlierIterationCount() {
        PasswordHash old = new FollowUpCredentials(new SecureRandom(), 500).hash("password-1".toCharArray());
        assertThat(CREDENTIALS.verify(Optional.of(old), "password-1".toCharArray())).isTrue();
    }

    @Test
    void anUnknownCodeNeverVerifies() {
        assertThat(CREDENTIALS.verify(Optional.empty(), "unused-dummy-password".toCharArray())).isFalse();
    }

    @Test
    void refusesAShortChosenPassword() {
        assertThatThrownBy(() -> CREDENTIALS.issue("1234567".toCharArray())).hasMessageContaining("8");
    }

    @Test
    void acceptsTheCodeAsPeopleTypeIt() {
        String code = CREDENTIALS.newQueryCode();
        assertThat(FollowUpCredentials.normalizeQueryCode(" " + code.toLowerCase().replace("-", " ") + " ")).contains(code);
        assertThat(FollowUpCredentials.normalizeQueryCode("ABCD-EFGH-JKLM-NPQ0")).isEmpty();
        assertThat(FollowUpCredentials.normalizeQueryCode("ABCD")).isEmpty();
        assertThat(FollowUpCredentials.normalizeQueryCode("ABCD-EFGH-JKLM-NPQR-S")).isEmpty();
    }
}
