package org.fundguard.enforcement.sanctions;

import java.util.List;

/** A decision outside the lawful range or the discretion basis; carries every reason. */
public final class DecisionRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<Refusal> refusals;

    public DecisionRefusedException(List<Refusal> refusals) {
        super(String.join("；", refusals.stream().map(Refusal::message).toList()));
        this.refusals = List.copyOf(refusals);
    }

    public List<Refusal> refusals() {
        return refusals;
    }
}
