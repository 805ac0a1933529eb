package org.fundguard.engine.rules;

/**
 * A rule library that cannot run: a malformed rule file, an unknown template or parameter, or a
 * template that failed on a row. The message always names the rule (and the row, when there is one):
 * a failing rule stops the run, it never turns into a silent "no finding".
 */
public final class RuleException extends RuntimeException {
    RuleException(String message) {
        super(message);
    }

    RuleException(String message, Throwable cause) {
        super(message, cause);
    }
}
