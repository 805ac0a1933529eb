package org.fundguard.reporting.taxonomy;

import java.util.Set;
import org.fundguard.core.Category;

/**
 * One behaviour a reporter can pick. {@code categories} is empty exactly for the catch-all items
 * (其他...), which the officer classifies at the acceptance decision.
 */
public record Behaviour(String id, Actor actor, Set<Category> categories, String source, String text) {
    public Behaviour {
        categories = Set.copyOf(categories);
    }

    public boolean unclassified() {
        return categories.isEmpty();
    }
}
