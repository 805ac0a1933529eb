package org.fundguard.platform.cases;

import java.util.Locale;
import org.fundguard.platform.security.Role;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** A refusal in the reader's language; the states, steps and duties it names by their labels. */
@Component
class CaseMessages {
    private final MessageSource messages;

    CaseMessages(MessageSource messages) {
        this.messages = messages;
    }

    String text(CaseRefusal r, Locale locale) {
        Object[] args = r.args();
        for (int i = 0; i < args.length; i++) {
            args[i] = label(args[i], locale);
        }
        return messages.getMessage(r.code(), args, r.code(), locale);
    }

    private Object label(Object arg, Locale locale) {
        if (arg instanceof CaseState s) {
            return messages.getMessage("cases.state." + s.name(), null, s.name(), locale);
        }
        if (arg instanceof CaseAction a) {
            return messages.getMessage("cases.action." + a.name(), null, a.name(), locale);
        }
        if (arg instanceof Role role) {
            return messages.getMessage("role." + role.name(), null, role.name(), locale);
        }
        return arg;
    }
}
