package org.fundguard.enforcement.sanctions;

import java.util.List;

/**
 * A proposed 处理决定: the article, the loss it was computed on, whether fraud was found, the
 * discretion level with its reason, and the chosen sanctions. {@link Decisions} checks it.
 */
public record Decision(String article, long lossFen, boolean fraud, String level, String reason, List<Choice> choices) {
    public Decision {
        choices = List.copyOf(choices);
    }
}
