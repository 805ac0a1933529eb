package org.fundguard.engine.models;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.fundguard.core.CatalogItem;
import org.fundguard.core.ChargeCategory;
import org.fundguard.core.FeeDetail;
import org.fundguard.engine.Claim;
import org.fundguard.engine.Region;

/**
 * What an inpatient stay's fee lines say about the care it received: how many care lines (nursing,
 * treatment, drugs, ... as configured) per day, on how many of its days, the longest stretch without
 * any, and a fingerprint of the whole fee list. Refund lines are not care.
 */
final class StayProfile {
    final Claim claim;
    final LocalDateTime admission;
    final LocalDateTime discharge;
    /** Nights in hospital (discharge date − admission date), at least 1. */
    final int lengthOfStay;
    /** Calendar days the stay touches, admission and discharge days included. */
    final int calendarDays;
    final int careLines;
    final int careDays;
    final int lines;
    final int bedLines;
    final LocalDateTime gapStart;
    final LocalDateTime gapEnd;
    /** Calendar days wholly inside the longest care gap. */
    final int emptyDays;
    /** Fingerprint of the multiset of (item code, quantity) over the positive lines. */
    final long signature;
    final int distinctItems;
    /** Charge categories present among the positive lines. */
    final Set<ChargeCategory> categories;

    private StayProfile(Claim claim, Region region, Set<ChargeCategory> care) {
        this.claim = claim;
        this.admission = claim.visit().begin();
        this.discharge = claim.visit().end() == null ? admission : claim.visit().end();
        LocalDate first = admission.toLocalDate();
        LocalDate last = discharge.toLocalDate();
        this.lengthOfStay = (int) Math.max(1, ChronoUnit.DAYS.between(first, last));
        this.calendarDays = (int) ChronoUnit.DAYS.between(first, last) + 1;

        int careCount = 0;
        int bed = 0;
        int positive = 0;
        Set<LocalDate> days = new HashSet<>();
        LocalDateTime previous = admission;
        LocalDateTime bestStart = admission;
        LocalDateTime bestEnd = admission;
        long bestGap = -1;
        String[] items = new String[claim.lines().size()];
        Set<String> distinct = new HashSet<>();
        Set<ChargeCategory> present = EnumSet.noneOf(ChargeCategory.class);
        for (FeeDetail l : claim.lines()) {
            if (l.cnt() <= 0) {
                continue;
            }
            items[positive++] = l.listCode() + '\u0001' + l.cnt();
            distinct.add(l.listCode());
            CatalogItem item = region.item(l.listCode());
            if (item == null) {
                continue;
            }
            present.add(item.chargeCategory());
            if (item.chargeCategory() == ChargeCategory.BED) {
                bed++;
            }
            if (care.contains(item.chargeCategory())) {
                careCount++;
                days.add(l.time().toLocalDate());
                LocalDateTime t = l.time().isBefore(admission) ? admission : l.time();
                long gap = Duration.between(previous, t).toMinutes();
                if (gap > bestGap) {
                    bestGap = gap;
                    bestStart = previous;
                    bestEnd = t;
                }
                if (t.isAfter(previous)) {
                    previous = t;
                }
            }
        }
        long tail = Duration.between(previous, discharge).toMinutes();
        if (tail > bestGap) {
            bestStart = previous;
            bestEnd = discharge;
        }
        this.careLines = careCount;
        this.careDays = days.size();
        this.bedLines = bed;
        this.lines = positive;
        this.gapStart = bestStart;
        this.gapEnd = bestEnd;
        this.emptyDays = wholeDaysBetween(bestStart, bestEnd);
        this.distinctItems = distinct.size();
        this.categories = present;
        String[] used = Arrays.copyOf(items, positive);
        Arrays.sort(used);
        this.signature = fingerprint(used);
    }

    static StayProfile of(Claim claim, Region region, Set<ChargeCategory> care) {
        return new StayProfile(claim, region, care);
    }

    double careLinesPerDay() {
        return careLines / (double) lengthOfStay;
    }

    /** Share of the stay's calendar days with at least one care line. */
    double careDayShare() {
        return careDays / (double) calendarDays;
    }

    double gapHours() {
        return Duration.between(gapStart, gapEnd).toMinutes() / 60.0;
    }

    /** The lines charged inside the longest care gap (bed days billed without care). */
    List<FeeDetail> linesInGap() {
        List<FeeDetail> in = new ArrayList<>();
        for (FeeDetail l : claim.lines()) {
            if (l.cnt() > 0 && l.time().isAfter(gapStart) && l.time().isBefore(gapEnd)) {
                in.add(l);
            }
        }
        return in;
    }

    /** Calendar days that lie entirely between two instants. */
    private static int wholeDaysBetween(LocalDateTime from, LocalDateTime to) {
        LocalDate firstWhole = from.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)
                ? from.toLocalDate() : from.toLocalDate().plusDays(1);
        LocalDate endExclusive = to.toLocalDate();
        return (int) Math.max(0, ChronoUnit.DAYS.between(firstWhole, endExclusive));
    }

    /** 64-bit FNV-1a over the sorted entries: collisions between real fee lists are negligible. */
    private static long fingerprint(String[] sortedEntries) {
        long h = 0xcbf29ce484222325L;
        for (String s : sortedEntries) {
            for (int i = 0; i < s.length(); i++) {
                h ^= s.charAt(i);
                h *= 0x100000001b3L;
            }
            h ^= 0xff;
            h *= 0x100000001b3L;
        }
        return h;
    }
}
