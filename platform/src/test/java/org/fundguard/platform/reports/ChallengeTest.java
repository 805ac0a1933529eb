package org.fundguard.platform.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ChallengeTest {
    private static final Instant NOON = Instant.parse("2026-05-06T04:00:00Z");
    private final Challenge challenge = new Challenge(new byte[32], new SecureRandom(), Duration.ofMinutes(30));

    @Test
    void acceptsTheRightAnswerOnlyWhileTheQuestionIsValid() {
        Challenge.Question q = challenge.ask(NOON);
        String right = String.valueOf(q.a() + q.b());

        assertThat(challenge.check(q.token(), right, NOON.plusSeconds(60)).outcome()).isEqualTo(Challenge.Outcome.RIGHT);
        assertThat(challenge.check(q.token(), " " + right + " ", NOON).outcome()).isEqualTo(Challenge.Outcome.RIGHT);
        assertThat(challenge.check(q.token(), right, NOON.plus(Duration.ofMinutes(31))).outcome())
                .isEqualTo(Challenge.Outcome.EXPIRED);
    }

    @Test
    void refusesAWrongAnswerAndATamperedToken() {
        Challenge.Question q = challenge.ask(NOON);
        String right = String.valueOf(q.a() + q.b());
        String[] parts = q.token().split("\\.");
        String laterExpiry = parts[0] + "." + (Long.parseLong(parts[1]) + 86_400) + "." + parts[2];

        assertThat(challenge.check(q.token(), String.valueOf(q.a() + q.b() + 1), NOON).outcome()).isEqualTo(Challenge.Outcome.WRONG);
        assertThat(challenge.check(q.token(), "seven", NOON).outcome()).isEqualTo(Challenge.Outcome.WRONG);
        assertThat(challenge.check(laterExpiry, right, NOON).outcome()).isEqualTo(Challenge.Outcome.WRONG);
        assertThat(challenge.check("garbage", right, NOON).outcome()).isEqualTo(Challenge.Outcome.MALFORMED);
    }

    @Test
    void aTokenFromAnotherServerKeyDoesNotPass() {
        Challenge.Question q = new Challenge(new byte[] {1, 2, 3}, new SecureRandom(), Duration.ofMinutes(30)).ask(NOON);

        assertThat(challenge.check(q.token(), String.valueOf(q.a() + q.b()), NOON).outcome()).isEqualTo(Challenge.Outcome.WRONG);
    }

    @Test
    void theTokenDoesNotCarryTheAnswer() {
        Challenge.Question q = challenge.ask(NOON);

        assertThat(q.token().split("\\.")).hasSize(3);
        assertThat(q.token().split("\\.")[1]).isEqualTo(String.valueOf(NOON.plus(Duration.ofMinutes(30)).getEpochSecond()));
    }
}
