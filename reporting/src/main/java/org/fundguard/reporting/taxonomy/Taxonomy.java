package org.fundguard.reporting.taxonomy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.fundguard.core.Category;
import org.fundguard.reporting.DataLines;

/**
 * The report behaviour taxonomy by actor: the choices of the public form and the bridge from a report
 * to the scenario categories its clue belongs to. Loaded from actors.tsv and behaviours.tsv.
 */
public final class Taxonomy {
    static final String UNCLASSIFIED = "UNCLASSIFIED";

    private final List<Actor> actors;
    private final Map<String, Behaviour> behaviours;

    private Taxonomy(List<Actor> actors, Map<String, Behaviour> behaviours) {
        this.actors = List.copyOf(actors);
        this.behaviours = Collections.unmodifiableMap(behaviours);
    }

    /** The taxonomy shipped with the module (seed 000 and 条例第三十八条). */
    public static Taxonomy standard() {
        return load(DataLines.resource(Taxonomy.class, "actors.tsv"), DataLines.resource(Taxonomy.class, "behaviours.tsv"));
    }

    public static Taxonomy load(DataLines actorFile, DataLines behaviourFile) {
        Map<String, Actor> actors = new LinkedHashMap<>();
        for (DataLines.Row row : actorFile.table("code", "label")) {
            Actor actor = new Actor(row.required("code"), row.required("label"));
            if (actors.putIfAbsent(actor.code(), actor) != null) {
                throw row.error("code", "actor " + actor.code() + " is listed twice");
            }
        }
        Map<String, Behaviour> behaviours = new LinkedHashMap<>();
        for (DataLines.Row row : behaviourFile.table("id", "actor", "categories", "source", "text")) {
            String id = row.required("id");
            Actor actor = actors.get(row.required("actor"));
            if (actor == null) {
                throw row.error("actor", "unknown actor '" + row.get("actor") + "'; actors.tsv lists " + actors.keySet());
            }
            Set<Category> categories = categories(row);
            Behaviour b = new Behaviour(id, actor, categories, row.required("source"), row.required("text"));
            if (behaviours.putIfAbsent(id, b) != null) {
                throw row.error("id", "behaviour " + id + " is listed twice");
            }
        }
        return new Taxonomy(new ArrayList<>(actors.values()), behaviours);
    }

    private static Set<Category> categories(DataLines.Row row) {
        String cell = row.required("categories");
        if (cell.equals(UNCLASSIFIED)) {
            return Set.of();
        }
        Set<Category> categories = EnumSet.noneOf(Category.class);
        for (String code : cell.split(",")) {
            Category c = Category.of(code.strip());
            if (c == null) {
                throw row.error("categories", "'" + code.strip() + "' is not a scenarios.md category code (nor "
                        + UNCLASSIFIED + ")");
            }
            if (!categories.add(c)) {
                throw row.error("categories", code.strip() + " is listed twice");
            }
        }
        return categories;
    }

    public List<Actor> actors() {
        return actors;
    }

    public List<Behaviour> behaviours() {
        return List.copyOf(behaviours.values());
    }

    public List<Behaviour> behavioursOf(Actor actor) {
        return behaviours.values().stream().filter(b -> b.actor().equals(actor)).toList();
    }

    public Optional<Actor> actor(String code) {
        return actors.stream().filter(a -> a.code().equals(code)).findFirst();
    }

    public Optional<Behaviour> behaviour(String id) {
        return Optional.ofNullable(behaviours.get(id));
    }

    /** The categories a report is about: the union over the behaviours the reporter picked. */
    public Set<Category> categoriesOf(Iterable<String> behaviourIds) {
        Set<Category> out = EnumSet.noneOf(Category.class);
        for (String id : behaviourIds) {
            Behaviour b = behaviours.get(id);
            if (b == null) {
                throw new IllegalArgumentException("unknown behaviour id " + id);
            }
            out.addAll(b.categories());
        }
        return out;
    }
}
