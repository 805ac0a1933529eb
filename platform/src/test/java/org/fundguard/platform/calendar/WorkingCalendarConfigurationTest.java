package org.fundguard.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.fundguard.reporting.deadlines.WorkingCalendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkingCalendarConfigurationTest {
    private final WorkingCalendarConfiguration configuration = new WorkingCalendarConfiguration();

    @Test
    void usesTheShippedCalendarWhenNoFileIsConfigured() {
        WorkingCalendar calendar = configuration.workingCalendar("");

        assertThat(calendar.years()).contains(2026);
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 1))).isFalse();
    }

    @Test
    void aConfiguredFileReplacesItWithItsOwnYears(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("calendar.tsv");
        Files.writeString(file, "date\tkind\tnote\n2027-01-01\tHOLIDAY\t元旦\n2027-01-09\tWORKDAY\t调休\n");

        WorkingCalendar calendar = configuration.workingCalendar(file.toString());

        assertThat(calendar.years()).containsExactly(2027);
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 1))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 9))).isTrue();
    }

    @Test
    void namesTheSettingWhenTheFileIsMissing(@TempDir Path dir) {
        assertThatThrownBy(() -> configuration.workingCalendar(dir.resolve("none.tsv").toString()))
                .hasMessageContaining("fundguard.calendar-file").hasMessageContaining("none.tsv");
    }
}
