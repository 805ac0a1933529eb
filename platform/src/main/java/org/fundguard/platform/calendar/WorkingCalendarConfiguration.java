package org.fundguard.platform.calendar;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.fundguard.reporting.DataLines;
import org.fundguard.reporting.deadlines.WorkingCalendar;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one working-day calendar (工作日: the State Council's holidays and make-up working days) of the platform:
 * case deadlines (陈述申辩期限) and report deadlines (举报处理时限) count the same days. The reporting module ships
 * the years whose notices are published; {@code fundguard.calendar-file} replaces it with a file of the same TSV
 * format (reporting/deadlines/calendar-cn.tsv), e.g. when next year's notice comes out. The reports feature's own
 * key {@code fundguard.reports.calendar-file} is honoured when the shared one is unset.
 */
@Configuration(proxyBeanMethods = false)
class WorkingCalendarConfiguration {

    @Bean
    WorkingCalendar workingCalendar(@Value("${fundguard.calendar-file:${fundguard.reports.calendar-file:}}") String file) {
        if (file == null || file.isBlank()) {
            return WorkingCalendar.standard();
        }
        Path path = Path.of(file.trim());
        try (Reader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return WorkingCalendar.load(DataLines.read(r, path.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException("fundguard.calendar-file: cannot read " + path, e);
        }
    }
}
