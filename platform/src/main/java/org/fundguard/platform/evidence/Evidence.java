package org.fundguard.platform.evidence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/** The rows behind a set of leads, picked out of a data set directory; personal data already masked. */
public record Evidence(
        List<PersonRow> persons,
        List<VisitRow> visits,
        List<FeeLineRow> feeLines,
        List<InstitutionRow> institutions,
        Map<String, LocalDate> occurredOn) {

    public record PersonRow(String psnNo, String certnoMasked, String nameMasked, String phoneMasked, String gend,
            LocalDate birthDate, String insuplcAdmdvs, LocalDate deathDate) {
    }

    public record VisitRow(String mdtrtId, String psnNo, String institutionCode, String medType, LocalDateTime begin,
            LocalDateTime end, String mainDiag, long medfeeFen, long fundPayFen) {
    }

    public record FeeLineRow(String feedetlSn, String mdtrtId, LocalDateTime time, String listCode, String itemName,
            BigDecimal cnt, long priceFen, long amountFen, String orderingPractitioner) {
    }

    public record InstitutionRow(String code, String name, String type, String level, long visits, long persons,
            long medfeeFen, long fundPayFen) {
    }
}
