package org.fundguard.engine.models;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.fundguard.core.CatalogItem;
import org.fundguard.core.CertType;
import org.fundguard.core.FeeDetail;
import org.fundguard.core.Institution;
import org.fundguard.core.InventoryCount;
import org.fundguard.core.ItemRule;
import org.fundguard.core.MedType;
import org.fundguard.core.Person;
import org.fundguard.core.Practitioner;
import org.fundguard.core.Purchase;
import org.fundguard.core.Settlement;
import org.fundguard.core.Visit;
import org.fundguard.core.dataset.DataSetSink;
import org.fundguard.core.dataset.DataSets;
import org.fundguard.core.dataset.InvalidDataSetException;
import org.fundguard.core.dataset.LoadOptions;
import org.fundguard.core.dataset.ValidationMode;
import org.fundguard.core.dataset.ValidationReport;
import org.fundguard.engine.Claim;
import org.fundguard.engine.Region;

/**
 * The activity of a region (visits, fee lines, settlements) held in columns for an in-process screen
 * of millions of fee lines: repeated codes (persons, institutions, items, doctors, departments,
 * diagnoses, terminals) as ints into one dictionary, times as epoch seconds, money as longs, unique
 * ids as bytes side by side. About 100 bytes a fee line instead of ~800 for the records and their
 * Strings, LocalDateTimes and lists (measured on a 10 M line region: docs/models.md).
 *
 * <p>Records are built again on demand, one claim (or one person) at a time, equal to what the
 * loader produced: {@link #claim} gives the claim {@link Claims#of} would give at the same position
 * (visits in data set order, lines in charge-time then id order, settlements in time then id
 * order), so the models see exactly what they saw on a {@code DataSet}. Read only once built, and
 * so shared by every thread.
 */
public final class ClaimStore implements ClaimTable {
    private static final Comparator<Settlement> SETTLEMENT_ORDER = Comparator.comparing(Settlement::time)
            .thenComparing(Settlement::setlId);
    private static final MedType[] MED_TYPES = MedType.values();
    private static final CertType[] CERT_TYPES = CertType.values();

    private final String[] codes;
    private final List<List<String>> diagnosisLists;

    private final int visits;
    private final Columns.Texts visitIds;
    private final Columns.Ints visitPerson;
    private final Columns.Ints visitInstitution;
    private final Columns.Bytes visitMedType;
    private final Columns.Narrow visitBegin;
    private final Columns.Narrow visitEnd;
    private final Columns.Ints visitDept;
    private final Columns.Ints visitAttending;
    private final Columns.Ints visitMainDiag;
    private final Columns.Ints visitOtherDiags;
    private final Columns.Bytes visitCertType;
    private final Columns.Ints visitTerminal;

    private final Columns.Texts lineIds;
    private final Columns.Narrow lineTime;
    private final Columns.Ints lineItem;
    private final Columns.Ints lineInstitutionItem;
    private final Columns.Narrow lineCount;
    private final Columns.Narrow linePrice;
    private final Columns.Narrow lineAmount;
    private final Columns.Ints lineDoctor;
    private final Columns.Ints lineDept;
    private final Columns.Ints lineTraceStart;
    private final Columns.Texts traceCodes;
    private final int[] lineStart;   // per visit into lineOrder; lines of a visit in (time, id) order
    private final int[] lineOrder;

    private final Columns.Texts settlementIds;
    private final Columns.Narrow settlementTime;
    private final Columns.Narrow[] settlementMoney; // medfee, ownpay, hifp, acct, cash, fund
    private final Columns.Bytes settlementReversed;
    private final int[] settlementStart; // per visit into settlementOrder; file order within a visit
    private final int[] settlementOrder;

    private final int[] personCodes;       // persons with visits, in psn_no order
    private final int[] personVisitStart;  // per person into personVisits
    private final int[] personVisits;      // file order within a person

    private final long firstDay;
    private final LocalDate[] days;
    private final LocalTime[] secondsOfDay = new LocalTime[24 * 3600];

    private ClaimStore(Builder b) {
        this.codes = b.codeValues.toArray(new String[0]);
        this.diagnosisLists = List.copyOf(b.diagnosisValues);
        this.visits = b.visitIds.size();
        this.visitIds = b.visitIds;
        this.visitPerson = b.visitPerson;
        this.visitInstitution = b.visitInstitution;
        this.visitMedType = b.visitMedType;
        this.visitBegin = b.visitBegin;
        this.visitEnd = b.visitEnd;
        this.visitDept = b.visitDept;
        this.visitAttending = b.visitAttending;
        this.visitMainDiag = b.visitMainDiag;
        this.visitOtherDiags = b.visitOtherDiags;
        this.visitCertType = b.visitCertType;
        this.visitTerminal = b.visitTerminal;
        this.lineIds = b.lineIds;
        this.lineTime = b.lineTime;
        this.lineItem = b.lineItem;
        this.lineInstitutionItem = b.lineInstitutionItem;
        this.lineCount = b.lineCount;
        this.linePrice = b.linePrice;
        this.lineAmount = b.lineAmount;
        this.lineDoctor = b.lineDoctor;
        this.lineDept = b.lineDept;
        b.lineTraceStart.add(b.traceCodes.size());
        this.lineTraceStart = b.lineTraceStart;
        this.traceCodes = b.traceCodes;
        this.settlementIds = b.settlementIds;
        this.settlementTime = b.settlementTime;
        this.settlementMoney = b.settlementMoney;
        this.settlementReversed = b.settlementReversed;

        this.lineStart = new int[visits + 1];
        this.lineOrder = byVisit(b.lineVisit, lineStart);
        for (int v = 0; v < visits; v++) {
            Columns.sort(lineOrder, lineStart[v], lineStart[v + 1], (x, y) -> {
                int c = Long.compare(lineTime.get(x), lineTime.get(y));
                return c != 0 ? c : lineIds.compare(x, y);
            });
        }
        this.settlementStart = new int[visits + 1];
        this.settlementOrder = byVisit(b.settlementVisit, settlementStart);

        Integer[] persons = b.personsWithVisits();
        Arrays.sort(persons, Comparator.comparing(p -> codes[p]));
        this.personCodes = new int[persons.length];
        int[] rankOfCode = new int[codes.length];
        for (int r = 0; r < persons.length; r++) {
            personCodes[r] = persons[r];
            rankOfCode[persons[r]] = r;
        }
        Columns.Ints visitRank = new Columns.Ints();
        for (int v = 0; v < visits; v++) {
            visitRank.add(rankOfCode[visitPerson.get(v)]);
        }
        this.personVisitStart = new int[persons.length + 1];
        this.personVisits = byVisit(visitRank, personVisitStart);

        long minDay = Long.MAX_VALUE;
        long maxDay = Long.MIN_VALUE;
        for (int v = 0; v < visits; v++) {
            minDay = Math.min(minDay, Math.floorDiv(visitBegin.get(v), 86400));
            maxDay = Math.max(maxDay, Math.floorDiv(visitEnd.get(v), 86400));
        }
        this.firstDay = visits == 0 ? 0 : minDay - 31;
        // a year of dates is a few kilobytes; beyond ~30 years (bad data) build them as needed
        int n = visits == 0 ? 0 : (int) Math.min(maxDay + 62 - minDay, 11_000);
        this.days = new LocalDate[n];
        for (int d = 0; d < n; d++) {
            days[d] = LocalDate.ofEpochDay(firstDay + d);
        }
        for (int s = 0; s < secondsOfDay.length; s++) {
            secondsOfDay[s] = LocalTime.ofSecondOfDay(s);
        }
    }

    /** Counting sort of rows by their group (stable: file order within a group); fills the group starts. */
    private static int[] byVisit(Columns.Ints groupOfRow, int[] start) {
        int groups = start.length - 1;
        int rows = groupOfRow.size();
        for (int i = 0; i < rows; i++) {
            start[groupOfRow.get(i) + 1]++;
        }
        for (int g = 0; g < groups; g++) {
            start[g + 1] += start[g];
        }
        int[] next = Arrays.copyOf(start, groups);
        int[] order = new int[rows];
        for (int i = 0; i < rows; i++) {
            order[next[groupOfRow.get(i)]++] = i;
        }
        return order;
    }

    /** Reads and validates a data set directory into a store and the region's reference tables. */
    public static Loaded load(Path dir, LoadOptions options) {
        Builder b = new Builder();
        ValidationReport report = DataSets.stream(dir, options, b);
        return new Loaded(b.region(), b.build(), report, options.mode());
    }

    /** A store of rows already in memory (tests, small sets): the rows as the loader would hand them over. */
    static ClaimStore of(List<Visit> visits, List<FeeDetail> lines, List<Settlement> settlements) {
        Builder b = new Builder();
        visits.forEach(b::visit);
        lines.forEach(b::feeDetail);
        settlements.forEach(b::settlement);
        return b.build();
    }

    /**
     * @param region the reference side (persons, institutions, catalogue, stock), as records
     * @param claims the activity, in columns
     */
    public record Loaded(Region region, ClaimStore claims, ValidationReport report, ValidationMode mode) {
        /** The loaded set, unless strict validation found errors (as {@code LoadResult.requireValid}). */
        public Loaded requireValid() {
            if (mode == ValidationMode.STRICT && report.hasErrors()) {
                throw new InvalidDataSetException(report);
            }
            return this;
        }
    }

    @Override
    public int size() {
        return visits;
    }

    public long feeLines() {
        return lineOrder.length;
    }

    public int settlements() {
        return settlementOrder.length;
    }

    /** Persons with at least one visit. */
    public int persons() {
        return personCodes.length;
    }

    @Override
    public long beginSecond(int i) {
        return visitBegin.get(i);
    }

    @Override
    public String visitId(int i) {
        return visitIds.get(i);
    }

    /** The claim at position {@code v} (data set visit order), as {@link Claims#of} builds it. */
    @Override
    public Claim claim(int v) {
        Visit visit = visit(v);
        int from = lineStart[v];
        int to = lineStart[v + 1];
        FeeDetail[] lines = new FeeDetail[to - from];
        for (int k = from; k < to; k++) {
            lines[k - from] = line(lineOrder[k], visit);
        }
        int sFrom = settlementStart[v];
        int sTo = settlementStart[v + 1];
        List<Settlement> settlements;
        if (sTo == sFrom) {
            settlements = List.of();
        } else if (sTo - sFrom == 1) {
            settlements = List.of(settlement(settlementOrder[sFrom], visit));
        } else {
            Settlement[] s = new Settlement[sTo - sFrom];
            for (int k = sFrom; k < sTo; k++) {
                s[k - sFrom] = settlement(settlementOrder[k], visit);
            }
            Arrays.sort(s, SETTLEMENT_ORDER);
            settlements = List.of(s);
        }
        return new Claim(visit, List.of(lines), settlements);
    }

    /**
     * The rows of the {@code p}-th person (psn_no order) as the loader gave them: visits, their lines
     * and their settlements in file order within each visit. The audit groups them (PersonClaims).
     */
    public void personRows(int p, List<Visit> visitsOut, List<FeeDetail> linesOut, List<Settlement> settlementsOut) {
        for (int k = personVisitStart[p]; k < personVisitStart[p + 1]; k++) {
            int v = personVisits[k];
            Visit visit = visit(v);
            visitsOut.add(visit);
            for (int j = lineStart[v]; j < lineStart[v + 1]; j++) {
                linesOut.add(line(lineOrder[j], visit));
            }
            for (int j = settlementStart[v]; j < settlementStart[v + 1]; j++) {
                settlementsOut.add(settlement(settlementOrder[j], visit));
            }
        }
    }

    /**
     * The drug trace codes that occur more than once among the fee lines (as 64-bit hashes: a
     * collision only lets a code through that did not need to be). The audit's trace-code ledger
     * needs to follow only these: a box sold once is never sold twice.
     */
    public Predicate<String> traceCodesThatMayRepeat() {
        int n = traceCodes.size();
        // one table: a hash with its lowest bit cleared, the bit set once the hash is seen again
        long[] seen = new long[Integer.highestOneBit(Math.max(16, n + (n >> 1))) * 2];
        int mask = seen.length - 1;
        int repeated = 0;
        for (int i = 0; i < n; i++) {
            long key = traceCodes.hash(i) & ~1L | 2;
            for (int s = slot(key, mask); ; s = (s + 1) & mask) {
                if (seen[s] == 0) {
                    seen[s] = key;
                    break;
                }
                if ((seen[s] & ~1L) == key) {
                    if ((seen[s] & 1) == 0) {
                        seen[s] |= 1;
                        repeated++;
                    }
                    break;
                }
            }
        }
        long[] set = new long[Integer.highestOneBit(Math.max(16, repeated * 2)) * 2];
        int setMask = set.length - 1;
        for (long v : seen) {
            if ((v & 1) != 0) {
                long key = v & ~1L;
                int s = slot(key, setMask);
                while (set[s] != 0) {
                    s = (s + 1) & setMask;
                }
                set[s] = key;
            }
        }
        return code -> {
            long key = Columns.Texts.hash(code) & ~1L | 2;
            for (int s = slot(key, setMask); set[s] != 0; s = (s + 1) & setMask) {
                if (set[s] == key) {
                    return true;
                }
            }
            return false;
        };
    }

    private static int slot(long key, int mask) {
        return (int) (key >>> 32 ^ key) & mask;
    }

    public String personAt(int p) {
        return codes[personCodes[p]];
    }

    private Visit visit(int v) {
        int c = visitCertType.get(v);
        return new Visit(visitIds.get(v), code(visitPerson.get(v)), code(visitInstitution.get(v)),
                MED_TYPES[visitMedType.get(v)], time(visitBegin.get(v)), time(visitEnd.get(v)), code(visitDept.get(v)),
                code(visitAttending.get(v)), code(visitMainDiag.get(v)), diagnosisLists.get(visitOtherDiags.get(v)),
                c < 0 ? null : CERT_TYPES[c], code(visitTerminal.get(v)));
    }

    private FeeDetail line(int i, Visit visit) {
        int t0 = lineTraceStart.get(i);
        int t1 = lineTraceStart.get(i + 1);
        List<String> traces;
        if (t0 == t1) {
            traces = List.of();
        } else if (t1 - t0 == 1) {
            traces = List.of(traceCodes.get(t0));
        } else {
            String[] t = new String[t1 - t0];
            for (int k = t0; k < t1; k++) {
                t[k - t0] = traceCodes.get(k);
            }
            traces = List.of(t);
        }
        return new FeeDetail(lineIds.get(i), visit.mdtrtId(), visit.psnNo(), visit.institutionCode(),
                time(lineTime.get(i)), code(lineItem.get(i)), code(lineInstitutionItem.get(i)), lineCount.get(i),
                linePrice.get(i), lineAmount.get(i), code(lineDoctor.get(i)), code(lineDept.get(i)), traces);
    }

    private Settlement settlement(int i, Visit visit) {
        return new Settlement(settlementIds.get(i), visit.mdtrtId(), visit.psnNo(), visit.institutionCode(),
                time(settlementTime.get(i)), settlementMoney[0].get(i), settlementMoney[1].get(i),
                settlementMoney[2].get(i), settlementMoney[3].get(i), settlementMoney[4].get(i),
                settlementMoney[5].get(i), settlementReversed.get(i) != 0);
    }

    private String code(int c) {
        return c < 0 ? null : codes[c];
    }

    private LocalDateTime time(long epochSecond) {
        long day = Math.floorDiv(epochSecond, 86400);
        int second = (int) Math.floorMod(epochSecond, 86400);
        long d = day - firstDay;
        LocalDate date = d >= 0 && d < days.length ? days[(int) d] : LocalDate.ofEpochDay(day);
        return LocalDateTime.of(date, secondsOfDay[second]);
    }

    private static long seconds(LocalDateTime t) {
        if (t.getNano() != 0) {
            throw new IllegalArgumentException("times are whole seconds in the contract: " + t);
        }
        return t.toEpochSecond(ZoneOffset.UTC);
    }

    /** Receives the loader's rows: reference tables as records, activity into columns. */
    private static final class Builder implements DataSetSink {
        final List<Institution> institutions = new ArrayList<>();
        final List<Practitioner> practitioners = new ArrayList<>();
        final List<Person> persons = new ArrayList<>();
        final List<CatalogItem> catalog = new ArrayList<>();
        final List<ItemRule> itemRules = new ArrayList<>();
        final List<Purchase> purchases = new ArrayList<>();
        final List<InventoryCount> inventory = new ArrayList<>();

        final Map<String, Integer> codeIds = new HashMap<>();
        final List<String> codeValues = new ArrayList<>();
        final Map<List<String>, Integer> diagnosisIds = new HashMap<>();
        final List<List<String>> diagnosisValues = new ArrayList<>();
        // the last String seen at each call site: a visit's lines repeat its doctor, department, ...
        final String[] lastString = new String[16];
        final int[] lastCode = new int[16];

        final VisitIndex visitIndex = new VisitIndex();
        final Columns.Texts visitIds = new Columns.Texts();
        final Columns.Ints visitPerson = new Columns.Ints();
        final Columns.Ints visitInstitution = new Columns.Ints();
        final Columns.Bytes visitMedType = new Columns.Bytes();
        final Columns.Narrow visitBegin = new Columns.Narrow();
        final Columns.Narrow visitEnd = new Columns.Narrow();
        final Columns.Ints visitDept = new Columns.Ints();
        final Columns.Ints visitAttending = new Columns.Ints();
        final Columns.Ints visitMainDiag = new Columns.Ints();
        final Columns.Ints visitOtherDiags = new Columns.Ints();
        final Columns.Bytes visitCertType = new Columns.Bytes();
        final Columns.Ints visitTerminal = new Columns.Ints();

        Columns.Ints lineVisit = new Columns.Ints();
        final Columns.Texts lineIds = new Columns.Texts();
        final Columns.Narrow lineTime = new Columns.Narrow();
        final Columns.Ints lineItem = new Columns.Ints();
        final Columns.Ints lineInstitutionItem = new Columns.Ints();
        final Columns.Narrow lineCount = new Columns.Narrow();
        final Columns.Narrow linePrice = new Columns.Narrow();
        final Columns.Narrow lineAmount = new Columns.Narrow();
        final Columns.Ints lineDoctor = new Columns.Ints();
        final Columns.Ints lineDept = new Columns.Ints();
        final Columns.Ints lineTraceStart = new Columns.Ints();
        final Columns.Texts traceCodes = new Columns.Texts();

        Columns.Ints settlementVisit = new Columns.Ints();
        final Columns.Texts settlementIds = new Columns.Texts();
        final Columns.Narrow settlementTime = new Columns.Narrow();
        final Columns.Narrow[] settlementMoney = {new Columns.Narrow(), new Columns.Narrow(), new Columns.Narrow(),
            new Columns.Narrow(), new Columns.Narrow(), new Columns.Narrow()};
        final Columns.Bytes settlementReversed = new Columns.Bytes();

        @Override public void institution(Institution r) { institutions.add(r); }
        @Override public void practitioner(Practitioner r) { practitioners.add(r); }
        @Override public void person(Person r) { persons.add(r); }
        @Override public void catalogItem(CatalogItem r) { catalog.add(r); }
        @Override public void itemRule(ItemRule r) { itemRules.add(r); }
        @Override public void purchase(Purchase r) { purchases.add(r); }
        @Override public void inventory(InventoryCount r) { inventory.add(r); }

        @Override
        public void visit(Visit r) {
            visitIndex.put(r.mdtrtId(), visitIds.size());
            visitIds.add(r.mdtrtId());
            visitPerson.add(code(r.psnNo(), 0));
            visitInstitution.add(code(r.institutionCode(), 1));
            visitMedType.add(r.medType().ordinal());
            visitBegin.add(seconds(r.begin()));
            visitEnd.add(seconds(r.end()));
            visitDept.add(code(r.deptCode(), 2));
            visitAttending.add(code(r.attendingCode(), 3));
            visitMainDiag.add(code(r.mainDiag(), 4));
            visitOtherDiags.add(diagnosisIds.computeIfAbsent(r.otherDiags(), l -> {
                diagnosisValues.add(l);
                return diagnosisValues.size() - 1;
            }));
            visitCertType.add(r.certType() == null ? -1 : r.certType().ordinal());
            visitTerminal.add(code(r.terminalId(), 5));
        }

        @Override
        public void feeDetail(FeeDetail r) {
            int v = visitIndex.get(r.mdtrtId());
            if (v < 0) {
                return; // no visit: validation reports it, and no claim holds it (as Claims.of)
            }
            sameAsVisit(v, r.psnNo(), r.institutionCode(), "fee line ", r.feedetlSn());
            lineVisit.add(v);
            lineIds.add(r.feedetlSn());
            lineTime.add(seconds(r.time()));
            lineItem.add(code(r.listCode(), 8));
            lineInstitutionItem.add(code(r.institutionListCode(), 9));
            lineCount.add(r.cnt());
            linePrice.add(r.priceFen());
            lineAmount.add(r.amountFen());
            lineDoctor.add(code(r.orderingPractitioner(), 10));
            lineDept.add(code(r.orderingDept(), 11));
            lineTraceStart.add(traceCodes.size());
            for (String t : r.traceCodes()) {
                traceCodes.add(t);
            }
        }

        @Override
        public void settlement(Settlement r) {
            int v = visitIndex.get(r.mdtrtId());
            if (v < 0) {
                return;
            }
            sameAsVisit(v, r.psnNo(), r.institutionCode(), "settlement ", r.setlId());
            settlementVisit.add(v);
            settlementIds.add(r.setlId());
            settlementTime.add(seconds(r.time()));
            long[] money = {r.medfeeSumFen(), r.fullOwnpayFen(), r.hifpPayFen(), r.acctPayFen(), r.cashPayFen(),
                r.fundPaySumFen()};
            for (int k = 0; k < money.length; k++) {
                settlementMoney[k].add(money[k]);
            }
            settlementReversed.add(r.reversed() ? 1 : 0);
        }

        // lines and settlements take person and institution from their visit; validation guarantees they agree
        private void sameAsVisit(int v, String psnNo, String institution, String table, String id) {
            if (code(psnNo, 6) != visitPerson.get(v) || code(institution, 7) != visitInstitution.get(v)) {
                throw new IllegalStateException(table + id + " names another person or institution than its visit "
                        + visitIds.get(v) + "; load the set in strict mode");
            }
        }

        private int code(String s, int site) {
            if (s == null) {
                return -1;
            }
            if (s == lastString[site]) {
                return lastCode[site];
            }
            Integer c = codeIds.get(s);
            if (c == null) {
                c = codeValues.size();
                codeValues.add(s);
                codeIds.put(s, c);
            }
            lastString[site] = s;
            lastCode[site] = c;
            return c;
        }

        Integer[] personsWithVisits() {
            boolean[] seen = new boolean[codeValues.size()];
            List<Integer> out = new ArrayList<>();
            for (int v = 0; v < visitIds.size(); v++) {
                int p = visitPerson.get(v);
                if (!seen[p]) {
                    seen[p] = true;
                    out.add(p);
                }
            }
            return out.toArray(new Integer[0]);
        }

        Region region() {
            return new Region(persons, institutions, practitioners, catalog, itemRules, purchases, inventory);
        }

        ClaimStore build() {
            ClaimStore s = new ClaimStore(this);
            lineVisit = null;
            settlementVisit = null;
            return s;
        }
    }

    /** mdtrt_id → visit position while loading: open addressing, no boxed value per visit. */
    private static final class VisitIndex {
        private String[] keys = new String[1 << 12];
        private int[] values = new int[1 << 12];
        private int size;

        void put(String key, int value) {
            if ((size + 1) * 2 > keys.length) {
                grow();
            }
            int mask = keys.length - 1;
            int s = spread(key.hashCode()) & mask;
            while (keys[s] != null) {
                if (keys[s].equals(key)) {
                    values[s] = value;
                    return;
                }
                s = (s + 1) & mask;
            }
            keys[s] = key;
            values[s] = value;
            size++;
        }

        int get(String key) {
            int mask = keys.length - 1;
            for (int s = spread(key.hashCode()) & mask; keys[s] != null; s = (s + 1) & mask) {
                if (keys[s] == key || keys[s].equals(key)) {
                    return values[s];
                }
            }
            return -1;
        }

        private void grow() {
            String[] oldKeys = keys;
            int[] oldValues = values;
            keys = new String[oldKeys.length * 2];
            values = new int[oldKeys.length * 2];
            size = 0;
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldKeys[i] != null) {
                    put(oldKeys[i], oldValues[i]);
                }
            }
        }

        private static int spread(int h) {
            return h ^ (h >>> 16) * 0x45d9f3b;
        }
    }
}
