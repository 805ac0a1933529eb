package org.fundguard.core;

import java.time.LocalDate;

/** persons.csv — 参保人员. certno, name and phone are sensitive: mask them wherever shown. */
public record Person(
        String psnNo,            // psn_no
        String certno,           // certno
        String name,             // psn_name
        Gender gender,           // gend
        LocalDate birthDate,     // brdy
        InsuranceType insuType,  // insutype
        PersonType psnType,      // psn_type
        String insuplcAdmdvs,    // insuplc_admdvs
        String addrCode,         // addr_code
        String phone,            // phone
        LocalDate deathDate) implements java.io.Serializable {   // death_date, null = alive

    /** Age in whole years on the given day. */
    public int ageOn(LocalDate day) {
        return java.time.Period.between(birthDate, day).getYears();
    }

    @Override
    public String toString() {
        return "Person[" + psnNo + ", " + Masking.certno(certno) + ", " + Masking.name(name) + ", "
                + Masking.phone(phone) + "]";
    }
}
