package org.fundguard.platform.cases;

import java.util.Arrays;

/**
 * A step the case's state, the actor's duty or the facts do not allow. {@code code} is a message key of
 * i18n/cases (the page and the API say it in the user's language), {@code args} its arguments; states and
 * actions among them are named by their labels.
 */
public final class CaseRefusal extends RuntimeException {
    public enum Kind { NOT_FOUND, FORBIDDEN, CONFLICT, INVALID }

    private final Kind kind;
    private final String code;
    private final transient Object[] args;

    CaseRefusal(Kind kind, String code, Object... args) {
        super(code + Arrays.toString(args));
        this.kind = kind;
        this.code = code;
        this.args = args;
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    public Object[] args() {
        return args.clone();
    }

    static CaseRefusal invalid(String code, Object... args) {
        return new CaseRefusal(Kind.INVALID, code, args);
    }

    static CaseRefusal conflict(String code, Object... args) {
        return new CaseRefusal(Kind.CONFLICT, code, args);
    }

    static CaseRefusal notFound(Object id) {
        return new CaseRefusal(Kind.NOT_FOUND, "cases.refused.notFound", id);
    }
}
