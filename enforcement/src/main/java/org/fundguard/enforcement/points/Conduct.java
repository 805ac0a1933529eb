package org.fundguard.enforcement.points;

import java.util.List;
import org.fundguard.core.Category;

/** A conduct of the points table and the band of points it earns (1–3, 4–6, 7–9 or 10–12). */
public record Conduct(String code, int bandMin, int bandMax, String description, List<Category> categories, String basis) {
    public Conduct {
        categories = List.copyOf(categories);
    }
}
