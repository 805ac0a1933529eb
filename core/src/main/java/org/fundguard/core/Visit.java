package org.fundguard.core;

import java.time.LocalDateTime;
import java.util.List;

/** visits.csv — 就诊: an outpatient visit, an inpatient stay or a pharmacy purchase. */
public record Visit(
        String mdtrtId,          // mdtrt_id
        String psnNo,            // psn_no
        String institutionCode,  // fixmedins_code
        MedType medType,         // med_type
        LocalDateTime begin,     // begntime
        LocalDateTime end,       // endtime
        String deptCode,         // dept_code
        String attendingCode,    // atddr_code
        String mainDiag,         // main_diag_code
        List<String> otherDiags, // other_diag_codes
        CertType certType,       // mdtrt_cert_type
        String terminalId) implements java.io.Serializable {     // terminal_id

    public Visit {
        otherDiags = otherDiags == null ? List.of() : List.copyOf(otherDiags);
    }

    public boolean isInpatient() {
        return medType == MedType.INPATIENT;
    }
}
