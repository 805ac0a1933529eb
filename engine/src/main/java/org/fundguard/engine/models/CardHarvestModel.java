package org.fundguard.engine.models;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fundguard.core.CatalogItem;
import org.fundguard.core.Category;
import org.fundguard.core.FeeDetail;
import org.fundguard.core.Institution;
import org.fundguard.core.InventoryCount;
import org.fundguard.core.ListType;
import org.fundguard.core.Money;
import org.fundguard.core.Person;
import org.fundguard.core.Purchase;
import org.fundguard.core.Settlement;
import org.fundguard.core.SubjectType;
import org.fundguard.core.Visit;
import org.fundguard.engine.Claim;
import org.fundguard.engine.Finding;
import org.fundguard.engine.Region;
import org.fundguard.engine.ScreeningModel;
import org.fundguard.engine.Thresholds;

/**
 * 聚敛医保卡 / 空刷套刷: many different persons' credentials presented at one terminal within a short
 * window, far more than that terminal sees at that hour on an ordinary day, with the marks of a
 * collected card stack rather than a queue of customers: off hours, residents of other districts,
 * even amounts, and items sold that never came into stock. One finding per swipe of such a burst.
 *
 * <p>Every signal is measured against the terminal's own ordinary traffic (or the region's when the
 * terminal has too little), so a pharmacy that is always busy at opening time or sits on a district
 * border is its own baseline; a vaccination day at a community clinic is a surge of local residents
 * at day time with stocked items, which the amount pattern alone cannot lift over the bar.
 */
public final class CardHarvestModel implements ScreeningModel<CardHarvestStatistics> {
    public static final String CODE = "CARD_HARVEST";
    static final String RESOURCE = "/org/fundguard/engine/models/card-harvest.properties";
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private final long windowMinutes;
    private final int minPersons;
    private final double minSurprise;
    private final double offHourShareOfPeak;
    private final int nightFromHour;
    private final int nightToHour;
    private final long evenUnitFen;
    private final long stockToleranceUnits;
    private final double stockToleranceShare;
    private final int minBaselineVisits;
    private final double weightOffHours;
    private final double weightFar;
    private final double weightStock;
    private final double weightAmount;
    private final double minScore;
    private final double presentSignal;

    public CardHarvestModel(Thresholds t) {
        this.windowMinutes = t.integer("window.minutes");
        this.minPersons = t.integer("burst.min_persons");
        this.minSurprise = t.decimal("burst.min_surprise");
        this.offHourShareOfPeak = t.decimal("off_hours.max_share_of_peak");
        this.nightFromHour = t.integer("night.from_hour");
        this.nightToHour = t.integer("night.to_hour");
        this.evenUnitFen = t.fen("amount.even_unit_yuan");
        this.stockToleranceUnits = org.fundguard.core.Quantity.of(t.integer("stock.tolerance_units"));
        this.stockToleranceShare = t.decimal("stock.tolerance_share");
        this.minBaselineVisits = t.integer("baseline.min_visits");
        this.weightOffHours = t.decimal("weight.off_hours");
        this.weightFar = t.decimal("weight.far");
        this.weightStock = t.decimal("weight.stock");
        this.weightAmount = t.decimal("weight.amount");
        this.minScore = t.decimal("score.min");
        this.presentSignal = t.decimal("signal.present");
    }

    public static CardHarvestModel standard() {
        return new CardHarvestModel(Thresholds.fromResource(RESOURCE));
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public String version() {
        return "1";
    }

    @Override
    public Category category() {
        return Category.CARD_HARVEST;
    }

    /** The terminal the credential was presented at; the institution as a whole when none is recorded. */
    @Override
    public List<String> keys(Claim claim, Region region) {
        Visit v = claim.visit();
        String terminal = v.terminalId();
        return List.of(v.institutionCode() + '|' + (terminal == null || terminal.isEmpty() ? "" : terminal));
    }

    @Override
    public CardHarvestStatistics emptyStatistics() {
        return new CardHarvestStatistics();
    }

    @Override
    public CardHarvestStatistics accumulate(CardHarvestStatistics s, Claim claim, Region region) {
        Visit v = claim.visit();
        String inst = v.institutionCode();
        Institution institution = region.institution(inst);
        s.addVisit(isFarByAddress(region.person(v.psnNo()), institution), isFarByInsurance(region.person(v.psnNo()), institution),
                isEven(SettledAmounts.medfee(claim)));
        boolean keepsStock = !region.purchases(inst).isEmpty() || !region.inventory(inst).isEmpty();
        if (!keepsStock) {
            return s;
        }
        for (FeeDetail line : claim.lines()) {
            CatalogItem item = region.item(line.listCode());
            if (item != null && isStockKept(item)) {
                s.addBilled(inst, line.listCode(), line.cnt());
            }
        }
        return s;
    }

    @Override
    public CardHarvestStatistics merge(CardHarvestStatistics left, CardHarvestStatistics right) {
        return left.mergeFrom(right);
    }

    @Override
    public List<Finding> screen(String key, List<Claim> group, CardHarvestStatistics stats, Region region) {
        int n = group.size();
        if (n < minPersons) {
            return List.of();
        }
        long[] minute = new long[n];
        String[] person = new String[n];
        for (int i = 0; i < n; i++) {
            Visit v = group.get(i).visit();
            minute[i] = v.begin().toEpochSecond(ZoneOffset.UTC) / 60;
            person[i] = v.psnNo();
        }
        boolean[] inWindow = markDenseWindows(minute, person);
        List<int[]> runs = runs(inWindow, minute);
        if (runs.isEmpty()) {
            return List.of();
        }
        Visit first = group.get(0).visit();
        Institution institution = region.institution(first.institutionCode());
        Set<String> uncovered = itemsBilledBeyondStock(first.institutionCode(), stats, region);

        Signals[] signals = new Signals[n];
        for (int i = 0; i < n; i++) {
            signals[i] = signalsOf(group.get(i), institution, uncovered, region);
        }
        Baseline baseline = baseline(group, signals, inWindow, stats);

        List<Finding> out = new ArrayList<>();
        for (int[] run : runs) {
            out.addAll(judge(key, group, signals, run[0], run[1], baseline, institution));
        }
        return out;
    }

    /** Marks every claim inside some window of {@code window.minutes} holding enough distinct persons. */
    private boolean[] markDenseWindows(long[] minute, String[] person) {
        int n = minute.length;
        boolean[] marked = new boolean[n];
        Map<String, int[]> inside = new HashMap<>();
        int left = 0;
        int markedUpTo = -1;
        for (int right = 0; right < n; right++) {
            inside.computeIfAbsent(person[right], k -> new int[1])[0]++;
            while (minute[right] - minute[left] > windowMinutes) {
                int[] c = inside.get(person[left]);
                if (--c[0] == 0) {
                    inside.remove(person[left]);
                }
                left++;
            }
            if (inside.size() >= minPersons) {
                for (int i = Math.max(left, markedUpTo + 1); i <= right; i++) {
                    marked[i] = true;
                }
                markedUpTo = right;
            }
        }
        return marked;
    }

    /** Consecutive marked claims, split where the terminal fell silent for longer than a window. */
    private List<int[]> runs(boolean[] marked, long[] minute) {
        List<int[]> runs = new ArrayList<>();
        int i = 0;
        while (i < marked.length) {
            if (!marked[i]) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < marked.length && marked[j + 1] && minute[j + 1] - minute[j] <= windowMinutes) {
                j++;
            }
            runs.add(new int[] {i, j});
            i = j + 1;
        }
        return runs;
    }

    private record Signals(boolean farAddress, boolean farInsurance, boolean even, boolean noStock,
            long amountFen, long medfeeFen, long fundFen) {
    }

    /** The terminal's ordinary traffic: per hour of day, per active day, and its usual shares. */
    private record Baseline(long[] visitsByHour, int activeDays, double farAddress, double farInsurance, double even) {
    }

    private Signals signalsOf(Claim claim, Institution institution, Set<String> uncovered, Region region) {
        Visit v = claim.visit();
        Person p = region.person(v.psnNo());
        boolean noStock = false;
        if (!uncovered.isEmpty()) {
            for (FeeDetail line : claim.lines()) {
                if (line.cnt() > 0 && uncovered.contains(line.listCode())) {
                    noStock = true;
                    break;
                }
            }
        }
        long medfee = SettledAmounts.medfee(claim);
        return new Signals(isFarByAddress(p, institution), isFarByInsurance(p, institution),
                isEven(medfee), noStock, medfee, medfee, SettledAmounts.fund(claim));
    }

    private Baseline baseline(List<Claim> group, Signals[] signals, boolean[] inRun, CardHarvestStatistics stats) {
        long[] byHour = new long[24];
        Set<Long> days = new HashSet<>();
        int outside = 0;
        int farA = 0;
        int farI = 0;
        int even = 0;
        for (int i = 0; i < signals.length; i++) {
            LocalDateTime t = group.get(i).visit().begin();
            days.add(t.toLocalDate().toEpochDay());
            byHour[t.getHour()]++;
            if (!inRun[i]) {
                outside++;
                Signals s = signals[i];
                farA += s.farAddress ? 1 : 0;
                farI += s.farInsurance ? 1 : 0;
                even += s.even ? 1 : 0;
            }
        }
        if (outside >= minBaselineVisits) {
            return new Baseline(byHour, days.size(), farA / (double) outside, farI / (double) outside,
                    even / (double) outside);
        }
        return new Baseline(byHour, days.size(), stats.farAddressShare(), stats.farInsuranceShare(), stats.evenShare());
    }

    private List<Finding> judge(String key, List<Claim> group, Signals[] signals, int from, int to, Baseline base,
            Institution institution) {
        int size = to - from + 1;
        Set<String> persons = new HashSet<>();
        Set<String> farPersons = new HashSet<>();
        int even = 0;
        int noStock = 0;
        int farA = 0;
        int farI = 0;
        Map<Long, int[]> amounts = new HashMap<>();
        int[] runByHour = new int[24];
        Set<Long> runDays = new HashSet<>();
        for (int i = from; i <= to; i++) {
            Signals s = signals[i];
            Visit v = group.get(i).visit();
            persons.add(v.psnNo());
            if (s.farAddress || s.farInsurance) {
                farPersons.add(v.psnNo());
            }
            even += s.even ? 1 : 0;
            noStock += s.noStock ? 1 : 0;
            farA += s.farAddress ? 1 : 0;
            farI += s.farInsurance ? 1 : 0;
            amounts.computeIfAbsent(s.amountFen, k -> new int[1])[0]++;
            runByHour[v.begin().getHour()]++;
            runDays.add(v.begin().toLocalDate().toEpochDay());
        }
        if (persons.size() < minPersons) {
            return List.of();
        }
        double surprise = size / Math.max(1.0, expectedVisits(group, from, to, base, runByHour, runDays));
        if (surprise < minSurprise) {
            return List.of();
        }
        boolean[] offHour = offHours(base, runByHour);
        int off = 0;
        java.util.TreeSet<Integer> offHoursSeen = new java.util.TreeSet<>();
        for (int i = from; i <= to; i++) {
            int h = group.get(i).visit().begin().getHour();
            if (offHour[h]) {
                off++;
                offHoursSeen.add(h);
            }
        }
        double offSignal = off / (double) size;
        double farSignal = Math.max(excess(farA / (double) size, base.farAddress), excess(farI / (double) size, base.farInsurance));
        double stockSignal = noStock / (double) size;
        long modalAmount = 0;
        int modalCount = 0;
        for (Map.Entry<Long, int[]> e : amounts.entrySet()) {
            if (e.getValue()[0] > modalCount || (e.getValue()[0] == modalCount && e.getKey() < modalAmount)) {
                modalAmount = e.getKey();
                modalCount = e.getValue()[0];
            }
        }
        // a fixed fee (one vaccination, one standard package) makes identical bills without any scheme;
        // round sums appear in no price list, so identical bills weigh half as much as round ones
        double identical = modalCount >= 2 ? modalCount / (double) size : 0;
        double evenSignal = excess(even / (double) size, base.even);
        double amountSignal = Math.max(evenSignal, 0.5 * identical);
        double score = weightOffHours * offSignal + weightFar * farSignal + weightStock * stockSignal
                + weightAmount * amountSignal;
        if (score < minScore) {
            return List.of();
        }
        double rank = Math.min(1.0, 0.8 * score + 0.2 * Math.min(1.0, persons.size() / (3.0 * minPersons)));

        Visit firstVisit = group.get(from).visit();
        Visit lastVisit = group.get(to).visit();
        String where = describeTerminal(institution, firstVisit.terminalId());
        StringBuilder pattern = new StringBuilder();
        if (offSignal >= presentSignal) {
            StringBuilder hours = new StringBuilder();
            offHoursSeen.forEach(h -> hours.append(hours.length() == 0 ? "" : "、").append(h).append("时"));
            pattern.append("，").append(off).append("笔在该终端平日无人刷卡的时段（").append(hours).append("）");
        }
        if (farSignal >= presentSignal) {
            pattern.append("，其中").append(farPersons.size()).append("人住址或参保地在外区");
        }
        if (amountSignal >= presentSignal) {
            if (modalCount >= even || evenSignal < presentSignal) {
                pattern.append("，").append(modalCount).append("笔金额同为").append(Money.format(modalAmount)).append("元");
            } else {
                pattern.append("，").append(even).append("笔金额为").append(Money.format(evenUnitFen)).append("元整数倍");
            }
        }
        if (stockSignal >= presentSignal) {
            pattern.append("，").append(noStock).append("笔所售药品耗材无相应进货或库存");
        }
        Map<String, String> observed = new LinkedHashMap<>();
        observed.put("terminal", key);
        observed.put("burst.from", firstVisit.begin().format(MINUTE));
        observed.put("burst.to", lastVisit.begin().format(MINUTE));
        observed.put("burst.swipes", Integer.toString(size));
        observed.put("burst.persons", Integer.toString(persons.size()));
        observed.put("burst.surprise", fmt(surprise));
        observed.put("signal.off_hours", fmt(offSignal));
        observed.put("signal.far", fmt(farSignal));
        observed.put("signal.stock", fmt(stockSignal));
        observed.put("signal.amount", fmt(amountSignal));
        observed.put("score", fmt(score));
        observed.put("threshold.window.minutes", Long.toString(windowMinutes));
        observed.put("threshold.burst.min_persons", Integer.toString(minPersons));
        observed.put("threshold.burst.min_surprise", fmt(minSurprise));
        observed.put("threshold.score.min", fmt(minScore));

        List<Finding> out = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            Signals s = signals[i];
            // the hour is shared by everyone in the burst; only a swipe's own marks set it apart
            boolean carriesBurstMark = (farSignal >= presentSignal && (s.farAddress || s.farInsurance))
                    || (stockSignal >= presentSignal && s.noStock)
                    || (amountSignal >= presentSignal && (s.even || s.amountFen == modalAmount));
            if (!carriesBurstMark) {
                continue; // an ordinary customer who happened to queue inside the burst
            }
            Claim c = group.get(i);
            Visit v = c.visit();
            List<String> evidence = new ArrayList<>();
            evidence.add("visits:" + v.mdtrtId());
            for (Settlement st : c.settlements()) {
                evidence.add("settlements:" + st.setlId());
            }
            String explanation = where + "在" + firstVisit.begin().format(MINUTE) + "至" + lastVisit.begin().format(CLOCK)
                    + "间刷卡" + size + "人次（" + persons.size() + "人，为该时段平日的" + fmt1(surprise) + "倍）" + pattern
                    + "；本次就诊" + v.mdtrtId() + "结算" + Money.format(s.medfeeFen) + "元，医保基金支付"
                    + Money.format(s.fundFen) + "元";
            out.add(new Finding("MODEL:" + CODE, version(), Category.CARD_HARVEST, SubjectType.VISIT, v.mdtrtId(),
                    v.institutionCode(), v.psnNo(), rank, s.medfeeFen, s.fundFen, evidence, observed, explanation));
        }
        return out;
    }

    /** Visits this terminal ordinarily takes in the run's hours, from the days outside the run. */
    private double expectedVisits(List<Claim> group, int from, int to, Baseline base, int[] runByHour, Set<Long> runDays) {
        int otherDays = base.activeDays - runDays.size();
        if (otherDays <= 0) {
            return 0;
        }
        Set<Long> slots = new HashSet<>();
        for (int i = from; i <= to; i++) {
            LocalDateTime t = group.get(i).visit().begin();
            slots.add(t.toLocalDate().toEpochDay() * 24 + t.getHour());
        }
        double expected = 0;
        for (long slot : slots) {
            int hour = (int) Math.floorMod(slot, 24L);
            // visits on the run's own days outside the run are few and keep the estimate conservative
            expected += (base.visitsByHour[hour] - runByHour[hour]) / (double) otherDays;
        }
        return expected;
    }

    private static double excess(double observed, double usual) {
        if (usual >= 1.0) {
            return 0;
        }
        return Math.max(0, (observed - usual) / (1.0 - usual));
    }

    private Set<String> itemsBilledBeyondStock(String inst, CardHarvestStatistics stats, Region region) {
        List<Purchase> purchases = region.purchases(inst);
        List<InventoryCount> inventory = region.inventory(inst);
        if (purchases.isEmpty() && inventory.isEmpty()) {
            return Set.of(); // no 进销存 data: absence of stock is unknown, not evidence
        }
        Map<String, long[]> available = new HashMap<>();
        for (Purchase p : purchases) {
            available.computeIfAbsent(p.listCode(), k -> new long[1])[0] += p.cnt();
        }
        Map<String, InventoryCount> opening = new HashMap<>();
        for (InventoryCount c : inventory) {
            opening.merge(c.listCode(), c, (a, b) -> b.date().isBefore(a.date()) ? b : a);
        }
        opening.forEach((code, c) -> available.computeIfAbsent(code, k -> new long[1])[0] += c.cnt());
        Set<String> uncovered = new HashSet<>();
        for (Map.Entry<String, long[]> e : stats.billedAt(inst).entrySet()) {
            long billed = e.getValue()[0];
            long[] a = available.get(e.getKey());
            long have = a == null ? 0 : a[0];
            if (billed > have + stockToleranceUnits + (long) (have * stockToleranceShare)) {
                uncovered.add(e.getKey());
            }
        }
        return uncovered;
    }

    /**
     * Hours of the day in which the terminal ordinarily takes (almost) no credentials: at most
     * {@code off_hours.max_share_of_peak} of its busiest hour, counted over its visits outside this run.
     * A terminal with too little ordinary traffic falls back to the night hours of the threshold file.
     */
    private boolean[] offHours(Baseline base, int[] runByHour) {
        long[] ordinary = new long[24];
        long total = 0;
        long peak = 0;
        for (int h = 0; h < 24; h++) {
            ordinary[h] = base.visitsByHour[h] - runByHour[h];
            total += ordinary[h];
            peak = Math.max(peak, ordinary[h]);
        }
        boolean[] off = new boolean[24];
        for (int h = 0; h < 24; h++) {
            off[h] = total >= minBaselineVisits ? ordinary[h] <= offHourShareOfPeak * peak : isNight(h);
        }
        return off;
    }

    private boolean isNight(int h) {
        return nightFromHour > nightToHour ? (h >= nightFromHour || h < nightToHour) : (h >= nightFromHour && h < nightToHour);
    }

    private boolean isEven(long medfeeFen) {
        return medfeeFen > 0 && medfeeFen % evenUnitFen == 0;
    }

    /** Residence (addr_code begins with the 6-digit division) outside the institution's district. */
    private static boolean isFarByAddress(Person p, Institution inst) {
        if (p == null || inst == null || p.addrCode() == null || inst.admdvs() == null || p.addrCode().length() < 6) {
            return false;
        }
        return !p.addrCode().startsWith(inst.admdvs());
    }

    private static boolean isFarByInsurance(Person p, Institution inst) {
        if (p == null || inst == null || p.insuplcAdmdvs() == null || inst.admdvs() == null) {
            return false;
        }
        return !p.insuplcAdmdvs().equals(inst.admdvs());
    }

    private static boolean isStockKept(CatalogItem item) {
        return item.listType() != ListType.SERVICE_ITEM;
    }

    private static String describeTerminal(Institution inst, String terminal) {
        String kind = inst != null && inst.isPharmacy() ? "该药店" : "该机构";
        return terminal == null || terminal.isEmpty() ? kind : kind + "终端" + terminal;
    }

    private static String fmt(double d) {
        return String.format(java.util.Locale.ROOT, "%.3f", d);
    }

    private static String fmt1(double d) {
        return String.format(java.util.Locale.ROOT, "%.1f", d);
    }
}
