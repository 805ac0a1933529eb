package org.fundguard.synth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.fundguard.core.Category;
import org.fundguard.core.Practitioner;
import org.fundguard.core.dataset.Rows;
import org.fundguard.core.dataset.Table;
import org.fundguard.synth.inject.Injections;

/**
 * Generates a labelled synthetic region into a data set directory. Reference tables first, then
 * person by person (each person's rows written as they are made, so memory does not grow with the
 * region), then stock, then institution-level labels.
 */
public final class Synthesizer {
    private Synthesizer() {
    }

    public record Report(Map<Table, Long> rows, Map<Category, Integer> labels, Map<Category, Integer> hardNegatives,
            long hardNegativeRows, long millis) {
    }

    public static Report generate(SynthOptions o) {
        long t0 = System.nanoTime();
        try {
            Files.createDirectories(o.out());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + o.out(), e);
        }
        World w = new World(o);
        CarePaths care = new CarePaths(w);
        Planner planner = new Planner(w);
        Map<Table, Long> rows = new EnumMap<>(Table.class);
        Map<Category, Integer> labels = new EnumMap<>(Category.class);
        Map<Category, Integer> negatives = new EnumMap<>(Category.class);
        long hn;
        try (Output out = new Output(o.out())) {
            w.out = out;
            List<Injection> injections = Injections.all();
            List<InjectionContext> contexts = new ArrayList<>();
            for (Injection inj : injections) {
                InjectionContext ctx = new InjectionContext(w, care, planner, Dice.of(w.seed, 100, inj.category().ordinal()));
                contexts.add(ctx);
                inj.plan(ctx);
            }
            for (Facility f : w.facilities) {
                out.write(Table.INSTITUTIONS, Rows.of(f.row()));
            }
            for (Staff s : w.staff) {
                for (Staff.Registration r : s.registrations) {
                    if (r.listed) {
                        out.write(Table.PRACTITIONERS, Rows.of(new Practitioner(s.code, s.name, s.type, r.facility.code,
                                r.certBegin, r.certEnd)));
                    }
                }
            }
            for (Item i : w.catalogue.items()) {
                out.write(Table.CATALOG, Rows.of(i.spec));
            }
            for (org.fundguard.core.ItemRule r : w.catalogue.rules()) {
                out.write(Table.ITEM_RULES, Rows.of(r));
            }
            Life life = new Life(w, care, planner);
            for (int p = 0; p < w.pop.size; p++) {
                life.live(p);
            }
            StockBook.write(w);
            for (int k = 0; k < injections.size(); k++) {
                injections.get(k).finish(contexts.get(k));
            }
            for (Facility f : w.facilities) {
                if (f.behaviour != null) {
                    f.behaviour.finish(out);
                }
            }
            for (Table t : Table.values()) {
                if (t != Table.LEADS && t != Table.SANCTION_STATUS) { // sanctions come from decisions (docs/enforcement.md), not the generator
                    rows.put(t, out.rows(t));
                }
            }
            for (Category c : Category.values()) {
                labels.put(c, out.labels(c));
                negatives.put(c, out.hardNegatives(c));
            }
            hn = out.hardNegativeRows();
        }
        return new Report(rows, labels, negatives, hn, (System.nanoTime() - t0) / 1_000_000);
    }
}
