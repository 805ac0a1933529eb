package org.fundguard.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ClockConfigurationTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Instant LATE_EVENING_UTC_NEW_YEARS_EVE_2026 = Instant.parse("2026-12-31T17:00:00Z");
    private final ClockConfiguration configuration = new ClockConfiguration();

    @Test
    void aFixedInstantPinsTheClockWhateverTheMachineDate() {
        Clock clock = configuration.clock("2026-06-15T01:00:00Z");

        assertThat(clock.instant()).isEqualTo(Instant.parse("2026-06-15T01:00:00Z"));
        assertThat(LocalDate.now(clock)).isEqualTo(LocalDate.of(2026, 6, 15));
    }

    @Test
    void todayIsTheDateInMainlandChinaNotInUtc() {
        Clock clock = configuration.clock(LATE_EVENING_UTC_NEW_YEARS_EVE_2026.toString());

        assertThat(clock.getZone()).isEqualTo(SHANGHAI);
        assertThat(LocalDate.now(clock)).isEqualTo(LocalDate.of(2027, 1, 1));
    }

    @Test
    void withoutThePropertyTheClockIsTheSystemClockInMainlandChina() {
        Clock clock = configuration.clock("");

        assertThat(clock.getZone()).isEqualTo(SHANGHAI);
        Instant before = Instant.now();
        Instant read = clock.instant();
        assertThat(read).isBetween(before, Instant.now());
    }

    @Test
    void refusesAValueThatIsNotAnInstantNamingTheProperty() {
        assertThatThrownBy(() -> configuration.clock("2026-06-15"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("fundguard.clock.fixed")
                .hasMessageContaining("2026-06-15");
    }
}
