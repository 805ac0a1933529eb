package org.fundguard.governance.credit;

import java.util.Objects;

/** A rated subject: an institution code or a practitioner code. */
public record Subject(SubjectKind kind, String id) implements Comparable<Subject> {
    public Subject {
        Objects.requireNonNull(kind, "kind");
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("subject id is empty");
        }
    }

    public static Subject institution(String code) {
        return new Subject(SubjectKind.INSTITUTION, code);
    }

    public static Subject practitioner(String code) {
        return new Subject(SubjectKind.PRACTITIONER, code);
    }

    @Override
    public int compareTo(Subject o) {
        int c = kind.compareTo(o.kind);
        return c != 0 ? c : id.compareTo(o.id);
    }

    @Override
    public String toString() {
        return (kind == SubjectKind.INSTITUTION ? "institutions:" : "practitioners:") + id;
    }
}
