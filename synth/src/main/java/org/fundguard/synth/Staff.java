package org.fundguard.synth;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.fundguard.core.PractitionerType;

/**
 * A practitioner and the registrations that make practitioners.csv rows (one per institution, 多点执业
 * gives several). Each registration carries the weekdays the practitioner works there, so a doctor
 * registered at two places is never at both on the same day.
 */
public final class Staff {
    public final int index;
    public final String code;
    public final String name;
    public final PractitionerType type;
    public final List<Registration> registrations = new ArrayList<>(2);

    public static final class Registration {
        public final Facility facility;
        public final String dept;
        public LocalDate certBegin;
        public LocalDate certEnd;  // null = open
        public int weekdays;       // bit (dayOfWeek-1) set = works there that day
        /** Written to practitioners.csv; false for a fake registration an injection uses without a row. */
        public boolean listed = true;

        Registration(Facility facility, String dept, LocalDate certBegin, LocalDate certEnd, int weekdays) {
            this.facility = facility;
            this.dept = dept;
            this.certBegin = certBegin;
            this.certEnd = certEnd;
            this.weekdays = weekdays;
        }

        public boolean qualifiedOn(LocalDate day) {
            return !day.isBefore(certBegin) && (certEnd == null || !day.isAfter(certEnd));
        }

        public boolean worksOn(LocalDate day) {
            return (weekdays & (1 << (day.getDayOfWeek().getValue() - 1))) != 0 && qualifiedOn(day);
        }
    }

    Staff(int index, String code, String name, PractitionerType type) {
        this.index = index;
        this.code = code;
        this.name = name;
        this.type = type;
    }

    public Registration register(Facility f, String dept, LocalDate begin, LocalDate end, int weekdays) {
        Registration r = new Registration(f, dept, begin, end, weekdays);
        registrations.add(r);
        return r;
    }

    public Registration at(Facility f) {
        for (Registration r : registrations) {
            if (r.facility == f) {
                return r;
            }
        }
        return null;
    }
}
