package org.fundguard.platform.supervisors;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.fundguard.core.Masking;

/** A social supervisor (社会监督员) of the registry; name and phone are shown masked. */
public record Supervisor(long id, String name, String phone, Recruitment recruitment, String nominatedBy,
        String certificateNo, LocalDate termFrom, LocalDate termTo, String username, OffsetDateTime createdAt) {

    public String nameMasked() {
        return Masking.name(name);
    }

    public String phoneMasked() {
        return Masking.phone(phone);
    }

    public boolean servingOn(LocalDate day) {
        return !day.isBefore(termFrom) && !day.isAfter(termTo);
    }

    // never in JSON or a page in clear
    @Override
    public String toString() {
        return "Supervisor[" + id + ", " + nameMasked() + ", " + certificateNo + "]";
    }
}
