package org.fundguard.engine.models;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fundguard.core.FeeDetail;
import org.fundguard.core.Settlement;
import org.fundguard.core.Visit;
import org.fundguard.core.dataset.DataSet;
import org.fundguard.engine.Claim;

/**
 * Builds the claims of a data set: each visit with its fee lines (charge-time order, then line id)
 * and its settlements (settlement-time order, then id), in the data set's visit order. Lines and
 * settlements of a visit the data set does not contain are left out: validation reports them.
 */
public final class Claims {
    private static final Comparator<FeeDetail> LINE_ORDER = Comparator.comparing(FeeDetail::time)
            .thenComparing(FeeDetail::feedetlSn);
    private static final Comparator<Settlement> SETTLEMENT_ORDER = Comparator.comparing(Settlement::time)
            .thenComparing(Settlement::setlId);

    private Claims() {
    }

    public static List<Claim> of(DataSet data) {
        return of(data.visits(), data.feeDetails(), data.settlements());
    }

    public static List<Claim> of(List<Visit> visits, List<FeeDetail> lines, List<Settlement> settlements) {
        Map<String, Integer> position = new HashMap<>(visits.size() * 2);
        for (int i = 0; i < visits.size(); i++) {
            position.put(visits.get(i).mdtrtId(), i);
        }
        List<List<FeeDetail>> linesOf = bucket(visits.size(), lines, FeeDetail::mdtrtId, position);
        List<List<Settlement>> settlementsOf = bucket(visits.size(), settlements, Settlement::mdtrtId, position);
        List<Claim> claims = new ArrayList<>(visits.size());
        for (int i = 0; i < visits.size(); i++) {
            List<FeeDetail> l = linesOf.get(i);
            if (l.size() > 1) {
                l.sort(LINE_ORDER);
            }
            List<Settlement> s = settlementsOf.get(i);
            if (s.size() > 1) {
                s.sort(SETTLEMENT_ORDER);
            }
            claims.add(new Claim(visits.get(i), l, s));
        }
        return claims;
    }

    private static <T> List<List<T>> bucket(int n, List<T> rows, java.util.function.Function<T, String> visitOf,
            Map<String, Integer> position) {
        List<List<T>> buckets = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            buckets.add(new ArrayList<>(0));
        }
        for (T row : rows) {
            Integer p = position.get(visitOf.apply(row));
            if (p != null) {
                buckets.get(p).add(row);
            }
        }
        return buckets;
    }
}
