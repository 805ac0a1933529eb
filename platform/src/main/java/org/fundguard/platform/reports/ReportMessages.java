package org.fundguard.platform.reports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Turns a {@link ReportProblem}'s message codes into the page's language. */
@Component
class ReportMessages {
    private final MessageSource messages;

    ReportMessages(MessageSource messages) {
        this.messages = messages;
    }

    Map<String, List<String>> byField(ReportProblem p, Locale locale) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        p.fields().forEach((field, list) -> out.put(field, list.stream()
                .map(m -> messages.getMessage(m.code(), m.args(), m.code(), locale)).toList()));
        return out;
    }

    String text(ReportProblem p, Locale locale) {
        return String.join(" ", byField(p, locale).values().stream().flatMap(List::stream).toList());
    }

    String text(String code, Locale locale, Object... args) {
        return messages.getMessage(code, args, code, locale);
    }
}
