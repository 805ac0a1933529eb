package org.fundguard.synth;

import org.fundguard.core.HospitalLevel;

/** Inpatient care pathways: main diagnosis, department, usual length of stay and the lowest level that treats it. */
public enum Pathway {
    PNEUMONIA("J18.900", World.INTERNAL, 6, 12, HospitalLevel.LEVEL_1),
    BACTERIAL_PNEUMONIA("J15.900", World.INTERNAL, 7, 14, HospitalLevel.LEVEL_2),
    FLU_PNEUMONIA("J10.000", World.INTERNAL, 5, 11, HospitalLevel.LEVEL_1),
    COPD("J44.100", World.INTERNAL, 7, 13, HospitalLevel.LEVEL_1),
    STROKE("I63.900", World.INTERNAL, 10, 16, HospitalLevel.LEVEL_2),
    MI("I21.900", World.INTERNAL, 7, 11, HospitalLevel.LEVEL_3),
    ANGINA("I20.000", World.INTERNAL, 4, 8, HospitalLevel.LEVEL_2),
    HEART_FAILURE("I50.900", World.INTERNAL, 7, 12, HospitalLevel.LEVEL_1),
    APPENDICITIS("K35.800", World.SURGERY, 3, 6, HospitalLevel.LEVEL_2),
    CHOLECYSTITIS("K80.100", World.SURGERY, 4, 7, HospitalLevel.LEVEL_2),
    HIP_FRACTURE("S72.000", World.SURGERY, 10, 18, HospitalLevel.LEVEL_2),
    DELIVERY("O80.000", World.OBGYN, 2, 4, HospitalLevel.LEVEL_1),
    CATARACT("H25.900", World.EYE, 0, 0, HospitalLevel.LEVEL_2),
    CHEST_PAIN_OBSERVATION("R07.400", World.INTERNAL, 1, 2, HospitalLevel.LEVEL_2),
    PALLIATIVE("Z51.500", World.ONCOLOGY, 5, 15, HospitalLevel.LEVEL_2),
    CHEMOTHERAPY("Z51.100", World.ONCOLOGY, 2, 3, HospitalLevel.LEVEL_2),
    /** Mild conditions that ordinarily stay outpatient; only induced admissions use it. */
    MILD("I10.x00", World.INTERNAL, 6, 10, HospitalLevel.LEVEL_1);

    public final String diag;
    public final String dept;
    public final int minNights;
    public final int maxNights;
    public final HospitalLevel minLevel;

    Pathway(String diag, String dept, int minNights, int maxNights, HospitalLevel minLevel) {
        this.diag = Diagnoses.code(diag);
        this.dept = dept;
        this.minNights = minNights;
        this.maxNights = maxNights;
        this.minLevel = minLevel;
    }
}
