package org.fundguard.enforcement.agreement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.fundguard.core.AgreementStatus;

/**
 * The status of one agreement (an institution's, or one department's part of it) over time:
 * ACTIVE / SUSPENDED (from, to) / TERMINATED (from). A department is also affected by the whole
 * agreement's suspension or termination; {@link #of} reports the events given for that subject only.
 */
public final class AgreementTimeline {
    private AgreementTimeline() {
    }

    /**
     * @param since  the day the agreement took effect
     * @param events events of this institution; those of other departments are ignored
     * @throws IllegalArgumentException for an event after the termination
     */
    public static List<AgreementInterval> of(String institutionCode, String deptCode, LocalDate since, List<AgreementEvent> events) {
        List<AgreementEvent> mine = new ArrayList<>();
        for (AgreementEvent e : events) {
            if (e.institutionCode().equals(institutionCode) && Objects.equals(e.deptCode(), deptCode)) {
                mine.add(e);
            }
        }
        mine.sort(Comparator.comparing(AgreementEvent::from));
        List<AgreementInterval> out = new ArrayList<>();
        AgreementStatus cur = AgreementStatus.ACTIVE;
        LocalDate from = since;
        LocalDate suspendedTo = null;
        String basis = "";
        for (AgreementEvent e : mine) {
            if (cur == AgreementStatus.TERMINATED) {
                throw new IllegalArgumentException(institutionCode + "的协议已于" + from + "解除(" + basis + ")，不能再" + e.action().label()
                        + "(" + e.basis() + ")");
            }
            if (cur == AgreementStatus.SUSPENDED && e.from().isAfter(suspendedTo)) {
                out.add(new AgreementInterval(institutionCode, deptCode, cur, from, suspendedTo, basis));
                cur = AgreementStatus.ACTIVE;
                from = suspendedTo.plusDays(1);
                basis = "";
            }
            switch (e.action()) {
                case SUSPEND -> {
                    if (cur == AgreementStatus.SUSPENDED) {
                        suspendedTo = e.to().isAfter(suspendedTo) ? e.to() : suspendedTo;
                        basis = basis + ";" + e.basis();
                    } else {
                        close(out, institutionCode, deptCode, cur, from, e.from(), basis);
                        cur = AgreementStatus.SUSPENDED;
                        from = e.from();
                        suspendedTo = e.to();
                        basis = e.basis();
                    }
                }
                case RESUME -> {
                    if (cur == AgreementStatus.SUSPENDED) {
                        close(out, institutionCode, deptCode, cur, from, e.from(), basis);
                        cur = AgreementStatus.ACTIVE;
                        from = e.from();
                        basis = "";
                    }
                }
                case TERMINATE -> {
                    close(out, institutionCode, deptCode, cur, from, e.from(), basis);
                    cur = AgreementStatus.TERMINATED;
                    from = e.from();
                    basis = e.basis();
                }
            }
        }
        if (cur == AgreementStatus.SUSPENDED) {
            out.add(new AgreementInterval(institutionCode, deptCode, cur, from, suspendedTo, basis));
            out.add(new AgreementInterval(institutionCode, deptCode, AgreementStatus.ACTIVE, suspendedTo.plusDays(1), null, ""));
        } else {
            out.add(new AgreementInterval(institutionCode, deptCode, cur, from, null, basis));
        }
        return List.copyOf(out);
    }

    private static void close(List<AgreementInterval> out, String inst, String dept, AgreementStatus status, LocalDate from,
            LocalDate next, String basis) {
        if (next.isAfter(from)) {
            out.add(new AgreementInterval(inst, dept, status, from, next.minusDays(1), basis));
        }
    }

    public static AgreementStatus statusOn(List<AgreementInterval> timeline, LocalDate day) {
        for (AgreementInterval i : timeline) {
            if (i.covers(day)) {
                return i.status();
            }
        }
        return AgreementStatus.ACTIVE;
    }
}
