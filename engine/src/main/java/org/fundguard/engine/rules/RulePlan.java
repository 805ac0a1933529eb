package org.fundguard.engine.rules;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.fundguard.core.CatalogItem;
import org.fundguard.core.Gender;
import org.fundguard.core.HospitalLevel;
import org.fundguard.core.ItemRule;
import org.fundguard.core.ListType;
import org.fundguard.core.MedTypeLimit;
import org.fundguard.core.Relation;
import org.fundguard.core.RuleScope;
import org.fundguard.core.SubjectType;
import org.fundguard.engine.Region;
import org.fundguard.engine.rules.QuantityChecks.Period;

/**
 * A rule library compiled against a region for one stage: every enabled instance bound to the catalogue
 * codes it concerns, so that a fee line costs one hash lookup (its {@link CodePlan}) and a walk over the
 * few checks bound to its code — never a loop over thousands of instances. Instances built from the
 * catalogue (empty appliesTo) bind to every code whose catalogue column carries the limit; an instance
 * naming codes (a national knowledge point) binds to those, and its parameter overrides the catalogue
 * column for them (the catalogue-wide instance of the same template skips those codes).
 *
 * <p>Compiling refuses a library that cannot run (unknown template, unknown or malformed parameter, a
 * category whose unit the template cannot name) with an error naming the rule; what an enabled instance
 * cannot evaluate on this region (a code without the catalogue data its template needs) is listed in
 * {@link #notes()}, never dropped silently.
 */
final class RulePlan {
    final Region region;
    final RuleDefinition.Stage stage;
    final Map<String, CodePlan> codes;
    /** The same plans, for the per-line lookup. */
    final CodeTable table;
    final VisitCheck[] visitChecks;
    final CompiledRule traceRule;
    /** PRACTITIONER_QUALIFICATION with overlap_minutes: the physician-in-two-places check (cross-person). */
    final CompiledRule presenceRule;
    final int presenceMinutes;
    final int lookbackDays;
    private final List<String> notes;
    private final int enabled;
    private final int disabled;
    private final int bindings;

    private RulePlan(Builder b) {
        this.region = b.region;
        this.stage = b.stage;
        this.codes = b.codes;
        this.table = new CodeTable(b.codes);
        this.visitChecks = b.visitChecks.toArray(VisitCheck[]::new);
        this.traceRule = b.traceRule;
        this.presenceRule = b.presenceRule;
        this.presenceMinutes = b.presenceMinutes;
        this.lookbackDays = b.lookback;
        this.notes = List.copyOf(b.notes);
        this.enabled = b.enabled;
        this.disabled = b.disabled;
        this.bindings = b.bindings;
    }

    static RulePlan compile(RuleSet rules, Region region, RuleDefinition.Stage stage) {
        Builder b = new Builder(region, stage);
        List<CompiledRule> coded = new ArrayList<>();
        List<CompiledRule> wide = new ArrayList<>();
        for (RuleDefinition d : rules.rules()) {
            TemplateName t = TemplateName.of(d.template());
            if (t == null) {
                throw new RuleException("rule " + d.code() + ": unknown template '" + d.template() + "' (known: "
                        + java.util.Arrays.toString(TemplateName.values()) + ")");
            }
            if (!d.enabled()) {
                b.disabled++;
                continue;
            }
            if (!d.stages().contains(stage)) {
                continue;
            }
            for (String key : d.parameters().keySet()) {
                if (!t.accepts(key)) {
                    throw new RuleException("rule " + d.code() + " (template " + t + "): unknown parameter '" + key
                            + "' (accepted: " + t.keys() + " and " + TemplateName.COMMON + ")");
                }
            }
            checkUnit(d, t);
            CompiledRule r = new CompiledRule(d, t);
            b.enabled++;
            (d.appliesTo().isEmpty() ? wide : coded).add(r);
            if (!d.appliesTo().isEmpty()) {
                for (String code : d.appliesTo()) {
                    b.overridden.add(t.name() + '|' + code);
                }
            }
        }
        for (CompiledRule r : coded) {
            if (r.template == TemplateName.PRICE_CAP && r.params.has("discount_percent") && b.groupKey(r) != null) {
                b.surgeryGroups.computeIfAbsent(b.groupKey(r), k -> new HashSet<>()).addAll(r.def.appliesTo());
            }
        }
        for (CompiledRule r : coded) {
            b.bind(r);
        }
        for (CompiledRule r : wide) {
            b.bind(r);
        }
        for (CatalogItem item : region.catalog().values()) {
            if (!item.fundPayable()) {
                b.plan(item.code()).nonPayable = true;
            }
        }
        b.codes.values().forEach(CodePlan::freeze);
        return new RulePlan(b);
    }

    /** The subject a template can name must be as fine as the category's unit, or its leads match nothing. */
    private static void checkUnit(RuleDefinition d, TemplateName t) {
        SubjectType finest = switch (t) {
            case DECEASED, READMISSION, PRACTITIONER_QUALIFICATION, IMPOSSIBLE_TRAVEL -> SubjectType.VISIT;
            case DOUBLE_SETTLEMENT -> SubjectType.SETTLEMENT;
            default -> SubjectType.FEE_DETAIL;
        };
        SubjectType unit = d.category().unit();
        boolean ok = switch (finest) {
            case FEE_DETAIL -> unit == SubjectType.FEE_DETAIL || unit == SubjectType.VISIT;
            case SETTLEMENT -> unit == SubjectType.SETTLEMENT || unit == SubjectType.VISIT;
            default -> unit == SubjectType.VISIT;
        };
        if (!ok) {
            throw new RuleException("rule " + d.code() + ": template " + t + " reports " + finest + " subjects but category "
                    + d.category() + " is labelled on " + unit + " subjects");
        }
    }

    /** Fresh state for the rules that span persons (one set per audit worker). */
    List<CrossPersonCheck> newCrossPersonChecks() {
        List<CrossPersonCheck> l = new ArrayList<>(2);
        if (traceRule != null) {
            l.add(new TraceLedger(traceRule));
        }
        if (presenceRule != null) {
            l.add(new PractitionerPresence(presenceRule, presenceMinutes, region));
        }
        return l;
    }

    List<String> notes() {
        return notes;
    }

    /** One line for the command line: how much of the library runs. */
    String summary() {
        return enabled + " rules enabled for stage " + stage + " (" + disabled + " disabled), " + bindings
                + " code bindings over " + codes.size() + " codes, " + visitChecks.length + " visit rules"
                + (traceRule == null ? "" : ", trace-code ledger") + (notes.isEmpty() ? "" : "; " + notes.size() + " notes");
    }

    private static final class Builder {
        final Region region;
        final RuleDefinition.Stage stage;
        final Map<String, CodePlan> codes = new HashMap<>();
        final List<VisitCheck> visitChecks = new ArrayList<>();
        final Set<String> overridden = new HashSet<>();
        final List<String> notes = new ArrayList<>();
        /** Surgeries of one group (one incision) across the instances that name the group. */
        final Map<String, Set<String>> surgeryGroups = new HashMap<>();
        CompiledRule traceRule;
        CompiledRule presenceRule;
        int presenceMinutes;
        int lookback;
        int enabled;
        int disabled;
        int bindings;
        int slots;

        Builder(Region region, RuleDefinition.Stage stage) {
            this.region = region;
            this.stage = stage;
            for (CatalogItem item : region.catalog().values()) {
                plan(item.code());
            }
        }

        CodePlan plan(String code) {
            CodePlan p = codes.get(code);
            if (p == null) {
                p = new CodePlan(code, region.item(code), codes.size());
                codes.put(code, p);
            }
            return p;
        }

        void add(String code, LineCheck c) {
            plan(code).add(c);
            bindings++;
        }

        void note(CompiledRule r, String text) {
            notes.add("rule " + r.code() + ": " + text);
        }

        /**
         * The codes an instance concerns: its appliesTo (a knowledge point), or every catalogue item the
         * selector accepts (restricted to list_types when given) and no coded instance of the same
         * template has taken over.
         */
        List<String> codesOf(CompiledRule r, Predicate<CatalogItem> selects) {
            Set<ListType> types = listTypes(r);
            List<String> out = new ArrayList<>();
            if (!r.def.appliesTo().isEmpty()) {
                for (String c : r.def.appliesTo()) {
                    CatalogItem item = region.item(c);
                    if (types == null || item == null || types.contains(item.listType())) {
                        out.add(c);
                    }
                }
                return out;
            }
            for (CatalogItem item : region.catalog().values()) {
                if ((types == null || types.contains(item.listType())) && selects.test(item)
                        && !overridden.contains(r.template.name() + '|' + item.code())) {
                    out.add(item.code());
                }
            }
            out.sort(null);
            return out;
        }

        private Set<ListType> listTypes(CompiledRule r) {
            List<String> l = r.params.list("list_types");
            if (l.isEmpty()) {
                return null;
            }
            Set<ListType> s = EnumSet.noneOf(ListType.class);
            for (String code : l) {
                ListType t = ListType.of(code);
                if (t == null) {
                    throw r.params.error("list_types: '" + code + "' is not a list_type (101, 102, 201, 301)");
                }
                s.add(t);
            }
            return s;
        }

        /** Binds a per-code check whose limit comes from the parameter or else the catalogue column. */
        <V> void perCode(CompiledRule r, Predicate<CatalogItem> selects, Function<CatalogItem, V> fromCatalogue,
                V fromParams, Function<V, LineCheck> make) {
            LineCheck shared = fromParams == null ? null : make.apply(fromParams);
            int missing = 0;
            for (String code : codesOf(r, selects)) {
                if (shared != null) {
                    add(code, shared);
                    continue;
                }
                CatalogItem item = region.item(code);
                V v = item == null ? null : fromCatalogue.apply(item);
                if (v == null) {
                    missing++;
                    continue;
                }
                add(code, make.apply(v));
            }
            if (missing > 0) {
                note(r, missing + " code(s) not evaluated: no limit in the parameters or the catalogue");
            }
        }

        void bind(CompiledRule r) {
            Params p = r.params;
            switch (r.template) {
                case PRICE_CAP -> {
                    if (p.has("discount_percent")) {
                        requireCodes(r);
                        int pct = p.integer("discount_percent");
                        if (pct <= 0 || pct > 100) {
                            throw p.error("discount_percent must be within 1..100: " + pct);
                        }
                        LineCheck c = new PriceChecks.SurgeryDiscount(r, pct, surgeryGroups.getOrDefault(groupKey(r),
                                Set.copyOf(r.def.appliesTo())));
                        r.def.appliesTo().forEach(code -> add(code, c));
                        lookback = Math.max(lookback, 1);
                    } else {
                        int missing = 0;
                        for (String code : codesOf(r, i -> i.priceCapFen() != null)) {
                            CatalogItem item = region.item(code);
                            if (item == null || item.priceCapFen() == null) {
                                missing++;
                            } else {
                                add(code, new PriceChecks.Cap(r, item));
                            }
                        }
                        if (missing > 0) {
                            note(r, missing + " code(s) not evaluated: no price cap in the catalogue");
                        }
                    }
                }
                case MAX_UNITS_PER_DAY -> {
                    Long param = p.quantity("max_units");
                    // by default a duplicate-charge instance reports repeated charges, an over-quantity one the crossing line
                    QuantityChecks.Flag flag = p.choice("flag", QuantityChecks.Flag.class,
                            r.category == org.fundguard.core.Category.DUPLICATE_CHARGE ? QuantityChecks.Flag.REPEATS
                                    : r.category == org.fundguard.core.Category.OVER_QUANTITY ? QuantityChecks.Flag.CROSSING
                                    : QuantityChecks.Flag.ALL);
                    if (param != null && !r.def.appliesTo().isEmpty()) {
                        LineCheck c = new QuantityChecks.UnitsPerDay(r, param, slots++, flag);
                        r.def.appliesTo().forEach(code -> add(code, c));
                    } else {
                        perCode(r, i -> param != null || i.maxUnitsDay() != null, i -> param != null ? param : i.maxUnitsDay(), null,
                                v -> new QuantityChecks.UnitsPerDay(r, v, slots++, flag));
                    }
                    lookback = Math.max(lookback, 1);
                }
                case PERIOD_FREQUENCY -> {
                    requireCodes(r);
                    long max = quantityRequired(r, "max_count");
                    Period period = p.has("period") ? p.choice("period", Period.class, null) : windowPeriod(r);
                    int days = p.integer("days", r.def.windowDays());
                    if (period == Period.N_DAYS && days <= 0) {
                        throw p.error("period N_DAYS needs a positive 'days'");
                    }
                    LineCheck c = new QuantityChecks.PeriodFrequency(r, max, period, days, p.text("unit"), slots++,
                            Set.copyOf(r.def.appliesTo()));
                    r.def.appliesTo().forEach(code -> add(code, c));
                    lookback = Math.max(lookback, switch (period) {
                        case DAY -> 1;
                        case VISIT -> 0;
                        case NATURAL_MONTH -> 31;
                        case YEAR -> 366;
                        case N_DAYS -> days;
                    });
                }
                case EXCLUSIVE_PAIR, BUNDLED_COMPONENT -> bindPairs(r, r.template == TemplateName.BUNDLED_COMPONENT);
                case DAYS_SUPPLY -> {
                    Integer maxDays = p.integer("max_days");
                    if ("USE_DAYS".equalsIgnoreCase(legacy(r, "course_basis"))) {
                        requireCodes(r);
                        if (maxDays == null) {
                            throw p.error("course_basis USE_DAYS needs max_days");
                        }
                        LineCheck c = new QuantityChecks.UseDays(r, maxDays, slots++);
                        r.def.appliesTo().forEach(code -> add(code, c));
                        return;
                    }
                    Integer chronic = p.integer("chronic_max_days");
                    int missing = 0;
                    for (String code : codesOf(r, i -> (maxDays != null || i.maxDaysSupply() != null) && i.unitsPerDayDose() != null)) {
                        CatalogItem item = region.item(code);
                        Integer days = maxDays != null ? maxDays : item == null ? null : item.maxDaysSupply();
                        if (days == null || item == null || item.unitsPerDayDose() == null) {
                            missing++;
                            continue;
                        }
                        add(code, new QuantityChecks.DaysSupply(r, days, chronic, item.unitsPerDayDose(), slots++));
                    }
                    if (missing > 0) {
                        note(r, missing + " code(s) not evaluated: no max_days or no units_per_day_dose in the catalogue");
                    }
                }
                case GENDER_LIMIT -> {
                    Gender g = null;
                    if (p.has("gender")) {
                        g = Gender.of(p.text("gender"));
                        if (g == null) {
                            throw p.error("gender must be 1 (male) or 2 (female): '" + p.text("gender") + "'");
                        }
                    }
                    perCode(r, i -> i.limitGender() != null, CatalogItem::limitGender, g,
                            v -> new LimitChecks.GenderLimit(r, v));
                }
                case AGE_LIMIT -> {
                    Integer min = p.integer("age_min");
                    Integer max = p.integer("age_max");
                    Integer[] param = min == null && max == null ? null : new Integer[] {min, max};
                    perCode(r, i -> i.ageMin() != null || i.ageMax() != null,
                            i -> i.ageMin() == null && i.ageMax() == null ? null : new Integer[] {i.ageMin(), i.ageMax()}, param,
                            v -> new LimitChecks.AgeLimit(r, v[0], v[1]));
                }
                case HOSPITAL_LEVEL_LIMIT -> {
                    HospitalLevel min = null;
                    if (p.has("min_level")) {
                        min = HospitalLevel.of(p.text("min_level"));
                        if (min == null || min == HospitalLevel.UNRATED) {
                            throw p.error("min_level must be 1, 2 or 3 (hosp_lv codes): '" + p.text("min_level") + "'");
                        }
                    }
                    perCode(r, i -> i.limitHospitalLevel() != null, CatalogItem::limitHospitalLevel, min,
                            v -> new LimitChecks.HospitalLevelLimit(r, v));
                }
                case MED_TYPE_LIMIT -> {
                    MedTypeLimit m = null;
                    if (p.has("med_type")) {
                        m = MedTypeLimit.of(p.text("med_type").toUpperCase(java.util.Locale.ROOT));
                        if (m == null) {
                            throw p.error("med_type must be IPT or OPT: '" + p.text("med_type") + "'");
                        }
                    }
                    perCode(r, i -> i.limitMedType() != null, CatalogItem::limitMedType, m, v -> new LimitChecks.MedTypeOnly(r, v));
                }
                case INDICATION_LIMIT -> {
                    List<String> prefixes = p.list("diag_prefixes");
                    perCode(r, i -> !i.limitDiagPrefixes().isEmpty(),
                            i -> i.limitDiagPrefixes().isEmpty() ? null : i.limitDiagPrefixes(), prefixes.isEmpty() ? null : prefixes,
                            v -> new LimitChecks.Indication(r, v));
                }
                case INSURANCE_TYPE_LIMIT -> {
                    requireCodes(r);
                    String allowed = p.required("allowed").toUpperCase(java.util.Locale.ROOT);
                    if (!allowed.equals("WORK_INJURY") && !allowed.equals("MATERNITY")) {
                        throw p.error("allowed must be WORK_INJURY or MATERNITY: '" + allowed + "'");
                    }
                    LineCheck c = new LimitChecks.InsuranceType(r, allowed);
                    r.def.appliesTo().forEach(code -> add(code, c));
                }
                case INTERNET_HOSPITAL_LIMIT -> {
                    requireCodes(r);
                    List<String> depts = p.list("internet_dept_codes");
                    if (depts.isEmpty()) {
                        note(r, "not run: needs internet_dept_codes (the data contract has no internet-consultation flag)");
                        return;
                    }
                    LineCheck c = new LimitChecks.InternetHospital(r, Set.copyOf(depts), p.text("forbidden"));
                    r.def.appliesTo().forEach(code -> add(code, c));
                }
                case NOT_PAYABLE -> {
                    boolean alone = p.flag("alone", false);
                    if (alone) {
                        requireCodes(r);
                    }
                    NotPayable np = new NotPayable(r, alone, Set.copyOf(r.def.appliesTo()));
                    for (String code : codesOf(r, i -> !i.fundPayable())) {
                        CodePlan cp = plan(code);
                        if (cp.notPayable == null) {
                            cp.notPayable = np;
                            bindings++;
                        }
                        if (!alone) {
                            cp.nonPayable = true;
                        }
                    }
                }
                case DECEASED -> visit(new DeceasedCheck(r));
                case TRACE_CODE_REUSE -> {
                    if (traceRule != null) {
                        throw new RuleException("rule " + r.code() + ": only one TRACE_CODE_REUSE instance may be enabled (also "
                                + traceRule.code() + ")");
                    }
                    traceRule = r;
                }
                case DOUBLE_SETTLEMENT -> visit(new DoubleSettlementCheck(r, p.integer("window_days", -1)));
                case READMISSION -> visit(new ReadmissionCheck(r, integerRequired(r, "days"), p.list("exempt_diag_prefixes"),
                        p.choice("diag_match", ReadmissionCheck.DiagMatch.class, ReadmissionCheck.DiagMatch.CODE),
                        p.integer("emergency_hours", 0)));
                case PRACTITIONER_QUALIFICATION -> {
                    visit(new PractitionerCheck(r));
                    Integer overlap = p.integer("overlap_minutes");
                    if (overlap != null) {
                        if (presenceRule != null) {
                            throw new RuleException("rule " + r.code() + ": only one PRACTITIONER_QUALIFICATION instance may set "
                                    + "overlap_minutes (also " + presenceRule.code() + ")");
                        }
                        presenceRule = r;
                        presenceMinutes = overlap;
                    }
                }
                case IMPOSSIBLE_TRAVEL -> visit(new ImpossibleTravelCheck(r, integerRequired(r, "max_minutes"),
                        p.integer("admdvs_digits", 4)));
                case CHARGE_OUTSIDE_STAY -> visit(new ChargeOutsideStayCheck(r, integerRequired(r, "tolerance_hours")));
                default -> throw new IllegalStateException("template without a binder: " + r.template);
            }
        }

        String groupKey(CompiledRule r) {
            String g = legacy(r, "group");
            return g == null ? null : g + '|' + r.params.text("discount_percent");
        }

        /**
         * A parameter, or — for rule files exported before the template had the key — the same value
         * among the {@code key=value} reading details of the {@code note} (the knowledge importer wrote
         * surgery_group and course_basis there).
         */
        static String legacy(CompiledRule r, String key) {
            String v = r.params.text(key);
            if (v != null) {
                return v;
            }
            String note = r.params.text("note");
            if (note == null) {
                return null;
            }
            String wanted = key.equals("group") ? "surgery_group=" : key + "=";
            for (String part : note.split("\\|")) {
                String t = part.trim();
                if (t.startsWith(wanted)) {
                    return t.substring(wanted.length()).trim();
                }
            }
            return null;
        }

        private void visit(VisitCheck c) {
            visitChecks.add(c);
            lookback = Math.max(lookback, c.lookbackDays());
        }

        private void bindPairs(CompiledRule r, boolean bundled) {
            Params p = r.params;
            List<String> a = new ArrayList<>(p.list("code_a"));
            a.addAll(p.list("codes_a"));
            List<String> b = new ArrayList<>(p.list("code_b"));
            b.addAll(p.list("codes_b"));
            if (a.isEmpty() && b.isEmpty() && r.def.appliesTo().size() == 2) {
                a.add(r.def.appliesTo().get(0));
                b.add(r.def.appliesTo().get(1));
            }
            if (a.isEmpty() != b.isEmpty() || (a.isEmpty() && !r.def.appliesTo().isEmpty())) {
                throw p.error("needs code_a and code_b (or codes_a/codes_b), or an appliesTo of exactly two codes");
            }
            RuleScope paramScope = p.has("scope") ? scope(r, p.text("scope")) : null;
            if (!a.isEmpty()) {
                RuleScope scope = paramScope != null ? paramScope
                        : r.def.window() == RuleDefinition.Window.DAY ? RuleScope.DAY : RuleScope.VISIT;
                for (String codeB : b) {
                    pair(r, bundled, codeB, a, scope);
                }
                return;
            }
            Relation wanted = bundled ? Relation.BUNDLED : Relation.EXCLUSIVE;
            Map<String, List<String>> byB = new LinkedHashMap<>();
            for (ItemRule ir : region.itemRules()) {
                if (ir.relation() != wanted) {
                    continue;
                }
                RuleScope scope = paramScope != null ? paramScope : ir.scope();
                byB.computeIfAbsent(ir.codeB() + '|' + scope.name(), k -> new ArrayList<>()).add(ir.codeA());
            }
            byB.forEach((key, as) -> {
                int bar = key.lastIndexOf('|');
                pair(r, bundled, key.substring(0, bar), as, RuleScope.valueOf(key.substring(bar + 1)));
            });
        }

        private void pair(CompiledRule r, boolean bundled, String codeB, List<String> as, RuleScope scope) {
            List<String> partners = new ArrayList<>();
            for (String a : as) {
                if (!a.equals(codeB) && !partners.contains(a)) {
                    partners.add(a);
                }
            }
            if (partners.isEmpty()) {
                note(r, "pair " + codeB + " with itself ignored");
                return;
            }
            int[] idx = new int[partners.size()];
            for (int k = 0; k < idx.length; k++) {
                CodePlan cp = plan(partners.get(k));
                idx[k] = cp.index;
                if (scope == RuleScope.DAY) {
                    cp.presenceDay = true;
                } else {
                    cp.presenceVisit = true;
                }
            }
            add(codeB, new PairCheck(r, idx, scope, bundled));
            if (scope == RuleScope.DAY) {
                lookback = Math.max(lookback, 1);
            }
        }

        private static RuleScope scope(CompiledRule r, String s) {
            RuleScope scope = RuleScope.of(s.toUpperCase(java.util.Locale.ROOT));
            if (scope == null) {
                throw r.params.error("scope must be DAY or VISIT: '" + s + "'");
            }
            return scope;
        }

        private static Period windowPeriod(CompiledRule r) {
            return switch (r.def.window()) {
                case DAY -> Period.DAY;
                case VISIT -> Period.VISIT;
                case NATURAL_MONTH -> Period.NATURAL_MONTH;
                case YEAR -> Period.YEAR;
                case N_DAYS -> Period.N_DAYS;
            };
        }

        private static void requireCodes(CompiledRule r) {
            if (r.def.appliesTo().isEmpty()) {
                throw r.params.error("this template needs the catalogue codes it applies to (appliesTo)");
            }
        }

        private static long quantityRequired(CompiledRule r, String key) {
            Long q = r.params.quantity(key);
            if (q == null) {
                throw r.params.error("parameter '" + key + "' is required");
            }
            return q;
        }

        private static int integerRequired(CompiledRule r, String key) {
            Integer v = r.params.integer(key);
            if (v == null) {
                throw r.params.error("parameter '" + key + "' is required");
            }
            if (v < 0) {
                throw r.params.error("parameter '" + key + "' must not be negative: " + v);
            }
            return v;
        }
    }
}
