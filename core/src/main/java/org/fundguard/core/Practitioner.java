package org.fundguard.core;

import java.time.LocalDate;

/**
 * practitioners.csv — 医保医师/药师. A practitioner registered at several institutions (多点执业)
 * has one row per institution.
 */
public record Practitioner(
        String code,            // prac_code
        String name,            // prac_name
        PractitionerType type,  // prac_type
        String institutionCode, // fixmedins_code
        LocalDate certBegin,    // cert_begin
        LocalDate certEnd) implements java.io.Serializable {    // cert_end, null = open

    /** Whether the practising qualification covers the given day. */
    public boolean qualifiedOn(LocalDate day) {
        return (certBegin == null || !day.isBefore(certBegin)) && (certEnd == null || !day.isAfter(certEnd));
    }
}
