package org.fundguard.governance.credit;

/**
 * Points (记分) recorded against a practitioner's payment qualification under 国家医保局等
 * 《关于建立定点医药机构相关人员医保支付资格管理制度的指导意见》(医保发〔2024〕23号): 12 points in a
 * year suspend or terminate the qualification.
 */
public record PractitionerPoints(String practitionerCode, int year, int points, String caseId) {
    public PractitionerPoints {
        if (practitionerCode == null || practitionerCode.isBlank()) {
            throw new IllegalArgumentException("practitioner code is empty");
        }
        if (points < 0) {
            throw new IllegalArgumentException("negative points for " + practitionerCode);
        }
    }

    public Subject subject() {
        return Subject.practitioner(practitionerCode);
    }
}
