package org.fundguard.platform.reports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Why a report action was refused: message codes of the reports bundle, by form field (or "" for the whole
 * form), each with its arguments. Never carries what the reporter typed into the identity fields.
 */
final class ReportProblem extends RuntimeException {
    enum Kind {
        INVALID, NOT_FOUND, CONFLICT, TOO_MANY
    }

    record Message(String code, Object[] args) {
    }

    private final Kind kind;
    private final Map<String, List<Message>> fields;

    ReportProblem(Kind kind, Map<String, List<Message>> fields) {
        super(kind + " " + fields.keySet());
        this.kind = kind;
        this.fields = fields;
    }

    static ReportProblem of(Kind kind, String field, String code, Object... args) {
        Map<String, List<Message>> m = new LinkedHashMap<>();
        m.computeIfAbsent(field, f -> new ArrayList<>()).add(new Message(code, args));
        return new ReportProblem(kind, m);
    }

    static ReportProblem invalid(String field, String code, Object... args) {
        return of(Kind.INVALID, field, code, args);
    }

    static ReportProblem notFound(String id) {
        return of(Kind.NOT_FOUND, "", "reports.error.notFound", id);
    }

    static ReportProblem conflict(String code, Object... args) {
        return of(Kind.CONFLICT, "", code, args);
    }

    Kind kind() {
        return kind;
    }

    Map<String, List<Message>> fields() {
        return fields;
    }

    int httpStatus() {
        return switch (kind) {
            case INVALID -> 400;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case TOO_MANY -> 429;
        };
    }

    /** Collects problems of a whole form before refusing it, so every bad field is named at once. */
    static final class Collector {
        private final Map<String, List<Message>> fields = new LinkedHashMap<>();

        void add(String field, String code, Object... args) {
            fields.computeIfAbsent(field, f -> new ArrayList<>()).add(new Message(code, args));
        }

        boolean has(String field) {
            return fields.containsKey(field);
        }

        boolean empty() {
            return fields.isEmpty();
        }

        void throwIfAny() {
            if (!fields.isEmpty()) {
                throw new ReportProblem(Kind.INVALID, fields);
            }
        }
    }
}
