package org.fundguard.engine.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fundguard.core.FeeDetail;
import org.fundguard.core.Settlement;
import org.fundguard.engine.Claim;

/** A {@link HistoryStore} in memory, for tests, the command line and small deployments. Thread-safe. */
public final class InMemoryHistoryStore implements HistoryStore {
    private final Map<String, Map<String, Claim>> byPerson = new HashMap<>();
    private final Map<String, List<TraceEvent>> byTraceCode = new HashMap<>();

    @Override
    public synchronized List<Claim> claims(String psnNo, LocalDate from) {
        Map<String, Claim> m = byPerson.get(psnNo);
        if (m == null) {
            return List.of();
        }
        List<Claim> out = new ArrayList<>();
        for (Claim c : m.values()) {
            if (c.visit().end() == null || !c.visit().end().toLocalDate().isBefore(from)
                    || !c.visit().begin().toLocalDate().isBefore(from)) {
                out.add(c);
            }
        }
        return out;
    }

    @Override
    public synchronized List<TraceEvent> traceEvents(String traceCode) {
        return List.copyOf(byTraceCode.getOrDefault(traceCode, List.of()));
    }

    /**
     * Records (or replaces) a claim. Its traceability codes count as sold when the claim has an
     * unreversed settlement, net of the claim's own refunds.
     */
    @Override
    public synchronized void record(Claim claim) {
        String id = claim.visit().mdtrtId();
        Claim previous = byPerson.computeIfAbsent(claim.visit().psnNo(), k -> new HashMap<>()).put(id, claim);
        if (previous != null) {
            for (List<TraceEvent> events : byTraceCode.values()) {
                events.removeIf(e -> e.mdtrtId().equals(id));
            }
        }
        boolean paid = false;
        for (Settlement s : claim.settlements()) {
            paid |= !s.reversed();
        }
        if (!paid) {
            return;
        }
        int n = claim.lines().size();
        FeeDetail[] lines = claim.lines().toArray(FeeDetail[]::new);
        long[] cnt = new long[n];
        long[] amt = new long[n];
        byte[] flags = new byte[n];
        for (int i = 0; i < n; i++) {
            cnt[i] = lines[i].cnt();
            amt[i] = lines[i].amountFen();
            flags[i] = lines[i].cnt() < 0 ? PersonAudit.F_REFUND : 0;
        }
        Refunds.net(lines, 0, n, cnt, amt, flags);
        for (int i = 0; i < n; i++) {
            FeeDetail l = lines[i];
            if ((flags[i] & PersonAudit.F_GONE) != 0) {
                continue;
            }
            for (String code : l.traceCodes()) {
                byTraceCode.computeIfAbsent(code, k -> new ArrayList<>(1)).add(new TraceEvent(code, l.feedetlSn(), id,
                        l.psnNo(), l.institutionCode(), l.time(), (flags[i] & PersonAudit.F_REFUND) != 0));
            }
        }
    }

    /** Records every claim of the given persons (loading a history from a data set). */
    public void recordAll(Iterable<PersonClaims> persons) {
        for (PersonClaims p : persons) {
            p.claims().forEach(this::record);
        }
    }
}
