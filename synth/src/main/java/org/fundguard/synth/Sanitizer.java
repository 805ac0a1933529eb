package org.fundguard.synth;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.fundguard.core.ItemRule;
import org.fundguard.core.MedType;
import org.fundguard.core.Quantity;
import org.fundguard.core.Relation;

/**
 * The last guard of ordinary care: whatever a pathway drew, an ordinary visit leaves with no line
 * that breaks a catalogue limit, a price cap, max_units_day, max_days_supply, or a bundling or
 * exclusivity rule. Injections build their visits without it.
 */
final class Sanitizer {
    private final Map<String, Item> byCode = new HashMap<>();
    private final Map<String, List<ItemRule>> rulesByB = new HashMap<>();

    Sanitizer(Catalogue c) {
        for (Item i : c.items()) {
            byCode.put(i.code(), i);
        }
        for (ItemRule r : c.rules()) {
            rulesByB.computeIfAbsent(r.codeB(), k -> new java.util.ArrayList<>()).add(r);
        }
    }

    void clean(Encounter e) {
        Patient p = e.patient;
        Iterator<Encounter.Line> it = e.lines.iterator();
        Map<Long, Long> perDay = new HashMap<>();
        while (it.hasNext()) {
            Encounter.Line l = it.next();
            LocalDate day = l.time.toLocalDate();
            if (Limits.breach(l.item.spec, p.person.gender(), p.age(day), e.facility.level, e.type, e.mainDiag,
                    e.otherDiags) != null) {
                it.remove();
                continue;
            }
            long cap = l.item.cap(e.facility.level);
            if (cap >= 0 && l.price > cap) {
                l.price = cap;
            }
            if (e.type != MedType.INPATIENT && l.item.spec.maxDaysSupply() != null && l.item.spec.unitsPerDayDose() != null) {
                long max = Quantity.of(l.item.maxPacks());
                if (max == 0) {
                    it.remove();
                    continue;
                }
                if (l.cnt > max) {
                    l.cnt = max;
                }
            }
            if (l.item.spec.maxUnitsDay() != null) {
                long key = (long) l.item.index << 32 | day.toEpochDay();
                long used = perDay.getOrDefault(key, 0L);
                if (used + l.cnt > l.item.spec.maxUnitsDay()) {
                    it.remove();
                    continue;
                }
                perDay.put(key, used + l.cnt);
            }
        }
        it = e.lines.iterator();
        while (it.hasNext()) {
            Encounter.Line l = it.next();
            List<ItemRule> rules = rulesByB.get(l.item.code());
            if (rules == null) {
                continue;
            }
            for (ItemRule r : rules) {
                if (conflicts(e, l, byCode.get(r.codeA()), r)) {
                    it.remove();
                    break;
                }
            }
        }
    }

    private static boolean conflicts(Encounter e, Encounter.Line b, Item a, ItemRule r) {
        for (Encounter.Line l : e.lines) {
            if (l.item == a && (r.scope() == org.fundguard.core.RuleScope.VISIT
                    || l.time.toLocalDate().equals(b.time.toLocalDate()))) {
                return r.relation() == Relation.BUNDLED || r.relation() == Relation.EXCLUSIVE;
            }
        }
        return false;
    }
}
