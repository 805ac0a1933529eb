package org.fundguard.reporting.confidentiality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IdentityCipherTest {
    private static final String K2025 = key(1);
    private static final String K2026 = key(2);
    private static final Instant NOON = Instant.parse("2025-07-01T04:00:00Z");
    private static final ReporterIdentity ZHANG = new ReporterIdentity("张三丰", "420102198001011234", "13812345678", "武汉市江岸区某路1号");

    private static String key(int fill) {
        byte[] raw = new byte[32];
        java.util.Arrays.fill(raw, (byte) fill);
        return Base64.getEncoder().encodeToString(raw);
    }

    private static IdentityCipher cipher(Map<String, String> config) {
        return new IdentityCipher(KeyRing.fromConfiguration(config), new SecureRandom());
    }

    private static final IdentityCipher ONLY_2025 = cipher(Map.of("keys.k2025", K2025, "active", "k2025"));

    @Test
    void sealsSoThatNoIdentityFieldAppearsInTheStoredText() {
        SealedIdentity sealed = ONLY_2025.seal("R-1", ZHANG);
        assertThat(sealed.text()).startsWith("v1.k2025.")
                .doesNotContain("张三丰", "420102198001011234", "13812345678", "武汉");
        assertThat(ONLY_2025.open("R-1", sealed)).isEqualTo(ZHANG);
    }

    @Test
    void drawsAFresh96BitNonceForEverySeal() {
        Set<String> nonces = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            SealedIdentity s = ONLY_2025.seal("R-1", ZHANG);
            assertThat(s.nonce()).hasSize(12);
            nonces.add(Base64.getEncoder().encodeToString(s.nonce()));
        }
        assertThat(nonces).hasSize(50);
    }

    @Test
    void refusesToOpenACiphertextMovedToAnotherReport() {
        SealedIdentity sealedForR1 = ONLY_2025.seal("R-1", ZHANG);
        assertThatThrownBy(() -> ONLY_2025.open("R-2", sealedForR1))
                .isInstanceOf(IdentityUnreadableException.class)
                .hasMessageContaining("another report")
                .hasMessageNotContaining("张");
    }

    @Test
    void refusesAnAlteredCiphertext() {
        String text = ONLY_2025.seal("R-1", ZHANG).text();
        char last = text.charAt(text.length() - 1);
        SealedIdentity altered = new SealedIdentity(text.substring(0, text.length() - 1) + (last == 'A' ? 'B' : 'A'));
        assertThatThrownBy(() -> ONLY_2025.open("R-1", altered)).isInstanceOf(IdentityUnreadableException.class);
    }

    @Test
    void rotationReadsOldKeyReSealsUnderTheNewOneAndRetiringTheOldKeyLocksOutUnresealedRows() {
        SealedIdentity old = ONLY_2025.seal("R-1", ZHANG);
        SealedIdentity notResealed = ONLY_2025.seal("R-2", ZHANG);
        IdentityCipher rotating = cipher(Map.of("keys.k2025", K2025, "keys.k2026", K2026, "active", "k2026"));

        assertThat(rotating.open("R-1", old)).isEqualTo(ZHANG);
        assertThat(rotating.needsReseal(old)).isTrue();
        SealedIdentity resealed = rotating.reseal("R-1", old);
        assertThat(resealed.keyId()).isEqualTo("k2026");
        assertThat(rotating.needsReseal(resealed)).isFalse();
        assertThat(rotating.reseal("R-1", resealed)).isSameAs(resealed);

        IdentityCipher retired = cipher(Map.of("keys.k2026", K2026, "active", "k2026"));
        assertThat(retired.open("R-1", resealed)).isEqualTo(ZHANG);
        assertThatThrownBy(() -> retired.open("R-2", notResealed))
                .isInstanceOf(IdentityUnreadableException.class).hasMessageContaining("k2025");
    }

    @Test
    void configurationErrorsNameTheKeyButNeverItsMaterial() {
        assertThatThrownBy(() -> KeyRing.fromConfiguration(Map.of("keys.k1", "c2hvcnQ=", "active", "k1")))
                .hasMessageContaining("k1").hasMessageContaining("32 bytes").hasMessageNotContaining("c2hvcnQ");
        assertThatThrownBy(() -> KeyRing.fromConfiguration(Map.of("keys.k1", K2025, "active", "k9")))
                .hasMessageContaining("k9");
        assertThatThrownBy(() -> KeyRing.fromConfiguration(Map.of("keys.k1", K2025)))
                .hasMessageContaining("active");
        assertThatThrownBy(() -> KeyRing.fromConfiguration(Map.of("keys.k1", "%%%", "active", "k1")))
                .hasMessageContaining("base64");
    }

    @Test
    void printsOnlyTheMaskedIdentity() {
        assertThat(ZHANG.toString()).doesNotContain("三丰", "198001011234", "12345678")
                .contains("张**", "420102********1234", "138****5678");
        assertThat(ONLY_2025.seal("R-1", ZHANG).toString()).isEqualTo("SealedIdentity[key k2025]");
    }

    @Test
    void revealIsLoggedWithItsReasonBeforeTheIdentityIsReturned() {
        InMemoryRevealLog log = new InMemoryRevealLog();
        IdentityReveal reveal = new IdentityReveal(ONLY_2025, log);
        SealedIdentity sealed = ONLY_2025.seal("R-1", ZHANG);

        assertThat(reveal.reveal("R-1", sealed, "officer-7", "核实举报奖励领取人身份", NOON)).isEqualTo(ZHANG);
        assertThat(log.revealsOf("R-1")).containsExactly(new Reveal("R-1", "officer-7", NOON, "核实举报奖励领取人身份"));
        assertThat(log.revealsOf("R-2")).isEmpty();
    }

    @Test
    void refusesARevealWithoutAReasonAndLogsNothing() {
        InMemoryRevealLog log = new InMemoryRevealLog();
        IdentityReveal reveal = new IdentityReveal(ONLY_2025, log);
        SealedIdentity sealed = ONLY_2025.seal("R-1", ZHANG);
        assertThatThrownBy(() -> reveal.reveal("R-1", sealed, "officer-7", "   ", NOON))
                .hasMessageContaining("reason");
        assertThat(log.all()).isEmpty();
    }

    @Test
    void aFailingLogMeansNoReveal() {
        RevealLog broken = new RevealLog() {
            @Override
            public void record(Reveal reveal) {
                throw new IllegalStateException("database down");
            }

            @Override
            public java.util.List<Reveal> revealsOf(String reportId) {
                return java.util.List.of();
            }
        };
        SealedIdentity sealed = ONLY_2025.seal("R-1", ZHANG);
        assertThatThrownBy(() -> new IdentityReveal(ONLY_2025, broken).reveal("R-1", sealed, "o", "why", NOON))
                .hasMessageContaining("database down");
    }
}
