package org.fundguard.core;

/** institutions.csv — 定点医药机构. */
public record Institution(
        String code,                 // fixmedins_code
        String name,                 // fixmedins_name
        InstitutionType type,        // fixmedins_type
        HospitalLevel level,         // hosp_lv
        String admdvs,               // admdvs
        Ownership ownership,         // ownership
        int beds,                    // beds
        int dialysisMachines,        // dialysis_machines
        boolean eldercareLinked,     // eldercare_linked
        AgreementStatus agreementStatus) implements java.io.Serializable { // agreement_status

    public boolean isPharmacy() {
        return type == InstitutionType.PHARMACY;
    }
}
