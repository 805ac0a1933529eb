package org.fundguard.synth;

/** Everyday outpatient complaints: diagnosis, department, who gets them, and what is usually prescribed. */
public enum Acute {
    URI("J06.900", World.INTERNAL, 0, 99, 0, 10, "resp"),
    PHARYNGITIS("J02.900", World.INTERNAL, 3, 99, 0, 4, "resp"),
    BRONCHITIS("J20.900", World.INTERNAL, 0, 99, 0, 4, "resp"),
    FLU("J11.100", World.INTERNAL, 0, 99, 0, 2, "flu"),
    GASTRITIS("K29.700", World.INTERNAL, 18, 99, 0, 4, "gi"),
    DYSPEPSIA("K30.x00", World.INTERNAL, 18, 99, 0, 2, "gi"),
    GASTROENTERITIS("A09.900", World.INTERNAL, 0, 99, 0, 3, "gi"),
    BACK_PAIN("M54.500", World.SURGERY, 25, 99, 0, 4, "pain"),
    SPONDYLOSIS("M47.800", World.REHAB, 40, 99, 0, 2, "pain"),
    KNEE("M17.900", World.SURGERY, 45, 99, 0, 2, "pain"),
    HEADACHE("R51.x00", World.INTERNAL, 12, 99, 0, 2, "pain"),
    DIZZINESS("R42.x00", World.INTERNAL, 30, 99, 0, 2, "none"),
    INSOMNIA("G47.000", World.INTERNAL, 25, 99, 0, 1, "sleep"),
    RHINITIS("J30.400", World.INTERNAL, 5, 99, 0, 2, "allergy"),
    DERMATITIS("L30.900", World.INTERNAL, 0, 99, 0, 2, "allergy"),
    CONJUNCTIVITIS("H10.900", World.EYE, 0, 99, 0, 1, "none"),
    UTI("N39.000", World.INTERNAL, 18, 99, 2, 2, "uti"),
    VAGINITIS("N76.000", World.OBGYN, 18, 60, 2, 2, "gyn"),
    PROSTATE("N40.x00", World.SURGERY, 50, 99, 1, 2, "bph"),
    ZOSTER("B02.900", World.INTERNAL, 40, 99, 0, 1, "pain"),
    WOUND("T14.100", World.SURGERY, 3, 80, 0, 1, "wound");

    public final String diag;
    public final String dept;
    final int minAge;
    final int maxAge;
    final int sex;      // 0 any, 1 male, 2 female
    final double weight;
    final String drugs;

    Acute(String diag, String dept, int minAge, int maxAge, int sex, double weight, String drugs) {
        this.diag = Diagnoses.code(diag);
        this.dept = dept;
        this.minAge = minAge;
        this.maxAge = maxAge;
        this.sex = sex;
        this.weight = weight;
        this.drugs = drugs;
    }

    public static Acute draw(Dice d, int age, boolean male) {
        double[] w = new double[values().length];
        for (Acute a : values()) {
            boolean fits = age >= a.minAge && age <= a.maxAge && (a.sex == 0 || a.sex == (male ? 1 : 2));
            w[a.ordinal()] = fits ? a.weight * (age < 14 && a.drugs.equals("resp") ? 3 : 1) : 0;
        }
        return values()[d.weighted(w)];
    }
}
