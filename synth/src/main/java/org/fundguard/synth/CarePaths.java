package org.fundguard.synth;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.fundguard.core.CertType;
import org.fundguard.core.HospitalLevel;
import org.fundguard.core.MedType;
import org.fundguard.core.Quantity;

/**
 * Ordinary care as fee lines: what an outpatient visit, a chronic follow-up, a pharmacy purchase, a
 * dialysis session or a stay along a {@link Pathway} is usually billed with. Used by the clean
 * population and by injections that need a realistic visit to start from.
 */
public final class CarePaths {
    public static final String[] CANCER_DIAG = {"C34.900", "C50.900", "C16.900", "C18.900"};

    private final World w;
    private final Catalogue c;

    CarePaths(World w) {
        this.w = w;
        this.c = w.catalogue;
    }

    public Item i(String key) {
        return c.item(key);
    }

    // ------------------------------------------------------------------ building blocks

    public Encounter open(Patient p, Facility f, MedType type, LocalDateTime begin, LocalDateTime end, String dept,
            Staff doctor, String diag, Dice d) {
        Encounter e = new Encounter(w, p, f, type, begin, end);
        e.dept = f.isPharmacy() ? null : dept;
        e.attending = doctor == null ? null : doctor.code;
        e.mainDiag = diag;
        e.cert = credential(f, d);
        e.terminal = w.terminal(f, f.isPharmacy() ? d.nextInt(8) : (dept == null ? 0 : dept.hashCode()) + d.nextInt(2));
        return e;
    }

    public static CertType credential(Facility f, Dice d) {
        int k = d.weighted(f.isPharmacy() ? 0.6 : 0.42, f.isPharmacy() ? 0.03 : 0.06, f.isPharmacy() ? 0.37 : 0.52);
        return k == 0 ? CertType.E_VOUCHER : k == 1 ? CertType.ID_CARD : CertType.SOCIAL_SECURITY_CARD;
    }

    /** The department a facility has that is closest to the wanted one. */
    public static String deptAt(Facility f, String wanted) {
        if (f.hasDept(wanted)) {
            return wanted;
        }
        for (String alt : new String[] {World.INTERNAL, World.GENERAL}) {
            if (f.hasDept(alt)) {
                return alt;
            }
        }
        return f.depts.isEmpty() ? null : f.depts.get(0);
    }

    /** Packs covering about {@code days} days, within max_days_supply. */
    public static int packsFor(Item item, int days) {
        Long udd = item.spec.unitsPerDayDose();
        if (udd == null) {
            return 1;
        }
        int packs = (int) Math.max(1, (days * udd + Quantity.ONE - 1) / Quantity.ONE);
        return Math.max(1, Math.min(packs, item.maxPacks()));
    }

    public static LocalDateTime clinicTime(LocalDate day, Dice d) {
        return d.chance(0.65) ? day.atTime(d.between(8, 11), d.nextInt(60)) : day.atTime(d.between(14, 16), d.nextInt(60));
    }

    // ------------------------------------------------------------------ outpatient

    public Encounter outpatient(Patient p, Facility f, Acute a, LocalDate day, Staff doctor, boolean emergency, Dice d) {
        return outpatientAt(p, f, a, emergency ? day.atTime(d.nextInt(24), d.nextInt(60)) : clinicTime(day, d), doctor,
                emergency, d);
    }

    /** An outpatient visit starting at {@code t}: consultation, then tests and prescription within the hour. */
    public Encounter outpatientAt(Patient p, Facility f, Acute a, LocalDateTime t, Staff doctor, boolean emergency,
            Dice d) {
        LocalDate day = t.toLocalDate();
        String dept = emergency && f.hasDept(World.EMERGENCY) ? World.EMERGENCY : deptAt(f, p.age(day) <= 14
                && f.hasDept(World.PAEDIATRICS) ? World.PAEDIATRICS : a.dept);
        LocalDateTime lab = t.plusMinutes(d.between(5, 25));
        Encounter e = open(p, f, emergency ? MedType.EMERGENCY : MedType.GENERAL_OUTPATIENT, t,
                lab.plusMinutes(d.between(20, 40)), dept, doctor, a.diag, d);
        int age = p.age(day);
        boolean upper = Limits.rank(f.level) >= 2;
        Item consult = emergency ? i("CONSULT_EMERG") : age <= 14 ? i("CONSULT_CHILD")
                : upper && d.chance(0.3) ? i("CONSULT_EXPERT") : i("CONSULT_GEN");
        e.units(consult, t, 1);
        switch (a.drugs) {
            case "resp", "flu" -> {
                int k = d.weighted(0.3, 0.25, 0.1, 0.35);
                if (k == 0) {
                    e.units(i("CBC_CRP"), lab, 1);
                } else if (k == 1) {
                    e.units(i("CBC"), lab, 1);
                } else if (k == 2) {
                    e.units(i("CRP"), lab, 1);
                }
                if (a == Acute.BRONCHITIS && d.chance(0.3)) {
                    e.units(i("XRAY"), lab.plusMinutes(20), 1);
                }
                if (age <= 14) {
                    e.units(age <= 3 ? i("CHILD_IBU") : i("CHILD_COLD"), lab, 1);
                } else {
                    e.units(d.chance(0.5) ? i("GANMAO") : i("LIANHUA"), lab, d.between(1, 2));
                }
                if (a == Acute.FLU) {
                    e.units(i("OSELTAMIVIR"), lab, 1);
                } else if (d.chance(0.35)) {
                    Item abx = d.pick(new String[] {"AMOXICILLIN", "CEFUROXIME", "AZITHRO"}).transform(this::i);
                    e.units(abx, lab, 1);
                }
                if (d.chance(0.3)) {
                    e.units(i("AMBROXOL"), lab, 1);
                }
            }
            case "gi" -> {
                if (d.chance(0.2)) {
                    e.units(i("CBC"), lab, 1);
                }
                if (upper && d.chance(0.15)) {
                    e.units(i("US_ABD"), lab.plusMinutes(15), 1);
                }
                e.units(a == Acute.GASTROENTERITIS ? i("MONTMOR") : i("OMEPRAZOLE"), lab, d.between(1, 2));
                if (d.chance(0.4)) {
                    e.units(i("DOMPERIDONE"), lab, 1);
                }
            }
            case "pain" -> {
                if (d.chance(0.5)) {
                    e.units(i("IBUPROFEN"), lab, 1);
                } else if (a == Acute.BACK_PAIN || a == Acute.SPONDYLOSIS || a == Acute.KNEE) {
                    e.units(i("CELECOXIB"), lab, d.between(1, 2));
                }
                if ((a == Acute.BACK_PAIN || a == Acute.SPONDYLOSIS) && (f.hasDept(World.REHAB) || f.hasDept(World.TCM))
                        && d.chance(0.4)) {
                    e.units(d.chance(0.5) ? i("PHYSIO") : i("ACUPUNCT"), lab, 1);
                }
                if (a == Acute.KNEE && d.chance(0.3)) {
                    e.units(i("XRAY"), lab, 1);
                }
            }
            case "sleep" -> e.units(i("ESTAZOLAM"), lab, 1);
            case "allergy" -> e.units(i("LORATADINE"), lab, d.between(1, 2));
            case "uti" -> {
                e.units(i("URINE"), lab, 1);
                e.units(i("LEVOFLOX"), lab, 1);
            }
            case "gyn" -> {
                e.units(i("GYN_EXAM"), lab, 1);
                e.units(i("METRONIDAZOLE_VAG"), lab, 1);
            }
            case "bph" -> {
                if (upper) {
                    e.units(i("US_PROST"), lab, 1);
                }
                e.units(i("TAMSULOSIN"), lab, d.between(1, 3));
            }
            case "wound" -> {
                e.units(i("DEBRID"), lab, 1);
                e.units(i("DRESSING"), lab, d.between(1, 2));
                e.units(i("SYRINGE"), lab, 1);
            }
            default -> {
                if (a == Acute.DIZZINESS && upper && d.chance(0.2)) {
                    e.units(i("CT_HEAD"), lab, 1);
                }
                if (d.chance(0.3)) {
                    e.units(i("ECG"), lab, 1);
                }
            }
        }
        if (f.level == HospitalLevel.LEVEL_3 && d.chance(0.45)) {
            // referred, sicker patients: a fuller work-up at the tertiary hospitals
            String key = switch (a.drugs) {
                case "resp", "flu" -> age >= 40 ? "CT_CHEST" : "XRAY";
                case "gi" -> "LIVER";
                case "pain" -> "XRAY";
                case "uti" -> "RENAL";
                default -> "ECG";
            };
            if (!e.has(i(key))) {
                e.units(i(key), lab.plusMinutes(10), 1);
            }
            if (age >= 50 && !e.has(i("ECG"))) {
                e.units(i("ECG"), lab, 1);
            }
        }
        return e;
    }

    /** The conditions of a person as diagnosis codes, main first. */
    public List<String> chronicDiags(int p) {
        Population pop = w.pop;
        List<String> l = new ArrayList<>(3);
        if (pop.has(p, Population.DM)) {
            l.add("E11.900");
        }
        if (pop.has(p, Population.HTN)) {
            l.add("I10.x00");
        }
        if (pop.has(p, Population.CHD)) {
            l.add("I25.100");
        }
        if (pop.has(p, Population.HBV)) {
            l.add("B18.100");
        }
        if (pop.has(p, Population.BPH)) {
            l.add("N40.x00");
        }
        return l;
    }

    /** The regular drugs of a person's conditions (stable per person). */
    public List<Item> regularDrugs(int p) {
        Population pop = w.pop;
        List<Item> l = new ArrayList<>(4);
        long h = Dice.mix(w.seed + p);
        if (pop.has(p, Population.HTN)) {
            l.add(i(new String[] {"AMLODIPINE", "NIFEDIPINE", "VALSARTAN", "METOPROLOL"}[(int) Math.floorMod(h, 4L)]));
        }
        if (pop.has(p, Population.DM)) {
            l.add(i("METFORMIN"));
            int k = (int) Math.floorMod(h >>> 5, 4L);
            if (k == 1) {
                l.add(i("ACARBOSE"));
            } else if (k == 2) {
                l.add(i("GLARGINE"));
            } else if (k == 3) {
                l.add(i("DAPAGLIFLOZIN"));
            }
        }
        if (pop.has(p, Population.CHD)) {
            l.add(i("ASPIRIN"));
            l.add(i("ATORVASTATIN"));
            if (Math.floorMod(h >>> 9, 3L) == 0) {
                l.add(i("CLOPIDOGREL"));
            }
        }
        if (pop.has(p, Population.HBV)) {
            l.add(i("ENTECAVIR"));
        }
        if (pop.has(p, Population.BPH)) {
            l.add(Math.floorMod(h >>> 11, 2L) == 0 ? i("TAMSULOSIN") : i("FINASTERIDE"));
        }
        return l;
    }

    /** A chronic-disease follow-up (门诊慢特病) with a prescription of {@code days} days. */
    public Encounter chronicVisit(Patient p, Facility f, LocalDate day, Staff doctor, int days, Dice d) {
        List<String> diags = chronicDiags(p.index);
        LocalDateTime t = clinicTime(day, d);
        LocalDateTime lab = t.plusMinutes(d.between(5, 20));
        Encounter e = open(p, f, MedType.CHRONIC_OUTPATIENT, t, lab.plusMinutes(d.between(10, 25)),
                deptAt(f, World.INTERNAL), doctor, diags.get(0), d);
        e.otherDiags.addAll(diags.subList(1, diags.size()));
        e.units(i("CONSULT_GEN"), t, 1);
        if (w.pop.has(p.index, Population.DM)) {
            if (d.chance(0.5)) {
                e.units(i("GLUCOSE"), lab, 1);
            }
            if (d.chance(0.25) && Limits.rank(f.level) >= 1) {
                e.units(i("HBA1C"), lab, 1);
            }
        }
        if (d.chance(0.12)) {
            e.units(i("LIPID"), lab, 1);
        }
        if (d.chance(0.1)) {
            e.units(i("RENAL"), lab, 1);
        }
        if (w.pop.has(p.index, Population.HTN) && d.chance(0.1)) {
            e.units(i("ECG"), lab, 1);
        }
        for (Item drug : regularDrugs(p.index)) {
            e.units(drug, lab, packsFor(drug, days));
        }
        return e;
    }

    /** A pharmacy purchase of a chronic patient's regular drugs (monthly refill). */
    public Encounter refill(Patient p, Facility f, LocalDateTime t, Dice d) {
        List<String> diags = chronicDiags(p.index);
        Encounter e = open(p, f, MedType.PHARMACY_PURCHASE, t, t, null, w.pharmacistAt(f, t), diags.get(0), d);
        e.otherDiags.addAll(diags.subList(1, diags.size()));
        for (Item drug : regularDrugs(p.index)) {
            e.units(drug, t, Math.max(1, Math.min(packsFor(drug, 30), drug.maxPacks())));
        }
        return e;
    }

    /** A small over-the-counter purchase for an everyday complaint. */
    public Encounter otc(Patient p, Facility f, LocalDateTime t, Dice d) {
        int age = p.age(t.toLocalDate());
        int k = d.nextInt(5);
        String diag = k <= 1 ? "J06.900" : k == 2 ? "K30.x00" : k == 3 ? "J30.400" : "M54.500";
        if (age < 18 && k == 4) {
            diag = "J06.900";
            k = 0;
        }
        Encounter e = open(p, f, MedType.PHARMACY_PURCHASE, t, t, null, w.pharmacistAt(f, t), diag, d);
        switch (k) {
            case 0, 1 -> {
                e.units(age <= 14 ? i("CHILD_COLD") : d.chance(0.5) ? i("GANMAO") : i("LIANHUA"), t, d.between(1, 2));
                if (d.chance(0.3)) {
                    e.units(i("AMBROXOL"), t, 1);
                }
            }
            case 2 -> e.units(d.chance(0.5) ? i("OMEPRAZOLE") : i("DOMPERIDONE"), t, 1);
            case 3 -> e.units(i("LORATADINE"), t, 1);
            default -> e.units(i("IBUPROFEN"), t, 1);
        }
        return e;
    }

    /** One haemodialysis session (chronic outpatient, med_type 14). */
    public Encounter dialysis(Patient p, Facility f, LocalDate day, Staff doctor, int shift, Dice d) {
        LocalDateTime t = day.atTime(shift == 0 ? 7 : shift == 1 ? 12 : 17, d.nextInt(30));
        Encounter e = open(p, f, MedType.CHRONIC_OUTPATIENT, t, t.plusHours(4), World.NEPHRO, doctor, "N18.500", d);
        e.otherDiags.add("Z99.200");
        boolean hdf = Limits.rank(f.level) >= 2 && day.getDayOfWeek().getValue() >= 5 && Math.floorMod(p.index, 5) == 0;
        e.units(hdf ? i("HDF") : i("HD"), t, 1);
        e.units(i("DIALYZER"), t, 1);
        e.units(i("BLOODLINE"), t, 1);
        e.units(i("HEPARIN"), t, 1);
        e.units(i("SALINE"), t, 1);
        if (day.getDayOfWeek().getValue() <= 2) {
            e.units(i("EPO"), t.plusHours(3), 1);
        }
        if (day.getDayOfMonth() <= 2) {
            e.units(i("SEVELAMER"), t.plusHours(3), 2);
        }
        return e;
    }

    // ------------------------------------------------------------------ stays

    /**
     * A stay along a pathway: admission at {@code admit}, {@code nights} nights (0 = day surgery),
     * bed, nursing and ward-round lines every night, treatment by the pathway, discharge drugs.
     */
    public Encounter stay(Patient p, Facility f, Pathway path, LocalDateTime admit, int nights, Staff attending,
            List<String> otherDiags, Dice d) {
        LocalDate first = admit.toLocalDate();
        LocalDate last = first.plusDays(nights);
        LocalDateTime discharge = nights == 0 ? admit.plusHours(d.between(5, 8)) : last.atTime(d.between(9, 11), d.nextInt(60));
        Encounter e = open(p, f, MedType.INPATIENT, admit, discharge, deptAt(f, path.dept), attending, path.diag, d);
        e.otherDiags.addAll(otherDiags);
        boolean l3 = f.level == HospitalLevel.LEVEL_3;
        for (int n = 0; n <= nights; n++) {
            LocalDate day = first.plusDays(n);
            LocalDateTime am = day.atTime(8, d.nextInt(50));
            LocalDateTime pm = day.atTime(15, d.nextInt(50));
            boolean night = n < nights || nights == 0;
            if (night) {
                boolean icu = path == Pathway.MI && n < 2 && f.level == HospitalLevel.LEVEL_3;
                if (nights > 0) {
                    e.units(icu ? i("BED_ICU") : i("BED_GEN"), am, 1);
                }
                boolean intensive = n < 3 && (path == Pathway.STROKE || path == Pathway.MI || path == Pathway.HIP_FRACTURE)
                        || path == Pathway.PALLIATIVE;
                e.units(intensive ? i("NURS_L1") : i("NURS_L2"), am, 1);
                if (nights > 0) {
                    e.units(i("INPT_CONSULT"), am, 1);
                }
            }
            dayLines(e, path, n, nights, day, am, pm, l3, d);
            if (w.pop.has(p.index, Population.DM) && (n < nights || nights == 0)) {
                // bedside glucose before breakfast and before supper: two lines a day, within max_units_day
                e.units(i("GLUCOSE"), day.atTime(6, 30 + d.nextInt(20)), 1);
                e.units(i("GLUCOSE"), day.atTime(16, 30 + d.nextInt(20)), 1);
            }
        }
        for (Encounter.Line l : e.lines) {
            // the first day's routine times can fall before an afternoon admission (and a day case's after discharge)
            if (l.time.isBefore(admit)) {
                l.time = admit;
            } else if (l.time.isAfter(discharge)) {
                l.time = discharge.minusMinutes(10);
            }
        }
        return e;
    }

    private void dayLines(Encounter e, Pathway path, int n, int nights, LocalDate day, LocalDateTime am,
            LocalDateTime pm, boolean l3, Dice d) {
        boolean firstDay = n == 0;
        boolean lastDay = n == nights;
        LocalDateTime lab = am.plusMinutes(30);
        if (firstDay && path != Pathway.CATARACT && path != Pathway.CHEMOTHERAPY && path != Pathway.PALLIATIVE) {
            e.units(i("CBC"), lab, 1);
            e.units(i("URINE"), lab, 1);
            if (path != Pathway.DELIVERY && path != Pathway.CHEST_PAIN_OBSERVATION) {
                e.units(i("LIVER"), lab, 1);
                e.units(i("RENAL"), lab, 1);
                e.units(i("ELECTRO"), lab, 1);
            }
            e.units(i("ECG"), lab.plusMinutes(40), 1);
            if (path != Pathway.DELIVERY) {
                e.units(i("COAG"), lab, 1);
            }
        }
        switch (path) {
            case PNEUMONIA, BACTERIAL_PNEUMONIA, FLU_PNEUMONIA, COPD -> {
                if (firstDay) {
                    e.units(l3 || d.chance(0.5) ? i("CT_CHEST") : i("XRAY"), lab.plusMinutes(60), 1);
                    e.units(i("CRP"), lab, 1);
                    if (path == Pathway.COPD || path == Pathway.FLU_PNEUMONIA && d.chance(0.5)) {
                        e.units(i("BLOODGAS"), lab, 1);
                    }
                }
                if (!lastDay) {
                    Item abx = path == Pathway.BACTERIAL_PNEUMONIA && Limits.rank(e.facility.level) >= 2
                            ? (n < 3 && d.chance(0.3) ? i("IMIPENEM") : i("PIPTAZO"))
                            : i("CEFTRIAXONE");
                    e.units(abx, am.plusMinutes(60), abx == i("IMIPENEM") ? 4 : 2);
                    e.units(i("SALINE"), am.plusMinutes(60), 2);
                    e.units(i("IV"), am.plusMinutes(60), 2);
                    e.units(i("IVSET"), am.plusMinutes(60), 2);
                    if (n < 4 || path == Pathway.COPD) {
                        e.units(i("NEBUL"), pm, 2);
                    }
                    if (n < 3 && (path == Pathway.COPD || path == Pathway.FLU_PNEUMONIA || d.chance(0.4))) {
                        e.units(i("OXYGEN"), am, d.between(6, 16));
                    }
                    if (path == Pathway.FLU_PNEUMONIA && n < 5) {
                        e.units(i("OSELTAMIVIR"), am, 1);
                    }
                }
                if (n == 4) {
                    e.units(i("CBC"), lab, 1);
                    e.units(i("CRP"), lab, 1);
                }
                if (lastDay) {
                    e.units(i("AMBROXOL"), am, 1);
                }
            }
            case STROKE -> {
                if (firstDay) {
                    e.units(i("CT_HEAD"), lab.plusMinutes(20), 1);
                    e.units(i("LIPID"), lab, 1);
                }
                if (n == 1 && Limits.rank(e.facility.level) >= 2) {
                    e.units(i("MRI_HEAD"), lab, 1);
                }
                if (n == 2) {
                    e.units(i("ECHO"), lab, 1);
                }
                if (!lastDay) {
                    if (n < 10 && d.chance(0.6)) {
                        e.units(i("GANGLIOSIDE"), am.plusMinutes(60), 1);
                    }
                    e.units(i("SALINE"), am.plusMinutes(60), 1);
                    e.units(i("IV"), am.plusMinutes(60), 1);
                    e.units(i("IVSET"), am.plusMinutes(60), 1);
                    if (n >= 3) {
                        e.units(i("PHYSIO"), pm, 1);
                    }
                }
                if (firstDay || lastDay) {
                    e.units(i("ASPIRIN"), pm, 1);
                    e.units(i("ATORVASTATIN"), pm, 1);
                }
            }
            case MI, ANGINA -> {
                if (firstDay) {
                    e.units(i("ECHO"), lab, 1);
                    e.units(i("LIPID"), lab, 1);
                    if (path == Pathway.MI && e.facility.level == HospitalLevel.LEVEL_3) {
                        e.units(i("PCI"), am.plusHours(2), 1);
                        e.units(i("STENT"), am.plusHours(2), d.between(1, 2));
                    }
                }
                if (!lastDay) {
                    e.units(i("ENOXAPARIN"), am.plusMinutes(30), 2);
                    if (n < 3) {
                        e.units(i("NITRO_INJ"), am.plusMinutes(60), 2);
                        e.units(i("IV"), am.plusMinutes(60), 1);
                        e.units(i("GLUCOSE5"), am.plusMinutes(60), 1);
                    }
                    if (n > 0) {
                        e.units(i("ECG"), am, 1);
                    }
                }
                if (firstDay || lastDay) {
                    e.units(i("ASPIRIN"), pm, 1);
                    e.units(i("CLOPIDOGREL"), pm, 1);
                    e.units(i("ATORVASTATIN"), pm, 1);
                }
            }
            case HEART_FAILURE -> {
                if (firstDay) {
                    e.units(i("ECHO"), lab, 1);
                    e.units(i("XRAY"), lab, 1);
                }
                if (!lastDay) {
                    e.units(i("FUROSEMIDE_INJ"), am.plusMinutes(40), 2);
                    e.units(i("GLUCOSE5"), am.plusMinutes(40), 1);
                    e.units(i("IV"), am.plusMinutes(40), 1);
                    if (n < 3) {
                        e.units(i("OXYGEN"), am, d.between(8, 20));
                    }
                    if (n % 3 == 2) {
                        e.units(i("ELECTRO"), lab, 1);
                    }
                }
            }
            case APPENDICITIS, CHOLECYSTITIS -> {
                if (firstDay) {
                    e.units(i("CRP"), lab, 1);
                    e.units(i("US_ABD"), lab, 1);
                }
                if (n == (path == Pathway.APPENDICITIS ? 0 : 1)) {
                    LocalDateTime op = day.atTime(13, d.nextInt(50));
                    e.units(path == Pathway.APPENDICITIS ? i("APPENDECT") : i("CHOLECYST"), op, 1);
                    e.units(i("ANAES_GEN"), op, 1);
                    e.units(i("SUTURE"), op, 1);
                    e.units(i("DRESSING"), op, 2);
                }
                if (!lastDay) {
                    e.units(i("CEFTRIAXONE"), am.plusMinutes(60), 2);
                    e.units(i("SALINE"), am.plusMinutes(60), 2);
                    e.units(i("IV"), am.plusMinutes(60), 1);
                    e.units(i("IVSET"), am.plusMinutes(60), 1);
                }
                if (lastDay) {
                    e.units(i("DRESSING"), am, 1);
                }
            }
            case HIP_FRACTURE -> {
                if (firstDay) {
                    e.units(i("XRAY"), lab, 1);
                    e.units(i("CT_CHEST"), lab.plusMinutes(30), 1);
                }
                if (n == 2) {
                    LocalDateTime op = day.atTime(9, d.nextInt(50));
                    e.units(i("FRACTURE_ORIF"), op, 1);
                    e.units(i("BONEPLATE"), op, 1);
                    e.units(i("ANAES_GEN"), op, 1);
                    e.units(i("SUTURE"), op, 2);
                }
                if (!lastDay) {
                    e.units(i("ENOXAPARIN"), am.plusMinutes(30), 1);
                    if (n >= 2 && n < 6) {
                        e.units(i("CEFTRIAXONE"), am.plusMinutes(60), 2);
                        e.units(i("SALINE"), am.plusMinutes(60), 2);
                        e.units(i("IV"), am.plusMinutes(60), 1);
                    }
                    if (n >= 5) {
                        e.units(i("PHYSIO"), pm, 1);
                    }
                }
            }
            case DELIVERY -> {
                if (firstDay) {
                    LocalDateTime t = am.plusHours(d.between(2, 10));
                    e.units(i("DELIVERY"), t, 1);
                    e.units(i("DRESSING"), t, 1);
                }
                if (n == 1) {
                    e.units(i("CBC"), lab, 1);
                }
            }
            case CATARACT -> {
                LocalDateTime op = am.plusHours(1);
                e.units(i("CBC"), am, 1);
                e.units(i("COAG"), am, 1);
                e.units(i("CATARACT"), op, 1);
                e.units(i("IOL"), op, 1);
            }
            case CHEST_PAIN_OBSERVATION -> {
                e.units(i("ECG"), pm, 1);
                if (firstDay) {
                    e.units(i("ECHO"), lab, 1);
                }
            }
            case PALLIATIVE -> {
                if (firstDay) {
                    e.units(i("CBC"), lab, 1);
                    e.units(i("ELECTRO"), lab, 1);
                }
                if (!lastDay || nights == 0) {
                    e.units(i("MORPHINE"), am.plusMinutes(30), d.between(1, 3));
                    e.units(i("SALINE"), am.plusMinutes(60), 1);
                    e.units(i("OXYGEN"), am, d.between(6, 20));
                    if (n % 4 == 0) {
                        e.units(i("ALBUMIN"), am.plusMinutes(90), 1);
                    }
                }
            }
            case CHEMOTHERAPY -> {
                String site = e.otherDiags.isEmpty() ? "C34" : e.otherDiags.get(0);
                if (firstDay) {
                    e.units(i("CBC"), lab, 1);
                    e.units(i("LIVER"), lab, 1);
                    e.units(i("RENAL"), lab, 1);
                    if (d.chance(0.3)) {
                        e.units(i("TUMORMK"), lab, 1);
                    }
                }
                if (n == 1 || nights == 0) {
                    LocalDateTime t = am.plusMinutes(60);
                    e.units(i("CHEMO_IV"), t, 1);
                    if (site.startsWith("C34") || site.startsWith("C50")) {
                        e.units(i("PACLITAXEL"), t, d.between(6, 9));
                    } else {
                        e.units(i("OXALIPLATIN"), t, d.between(1, 2));
                    }
                    if (site.startsWith("C50") && Math.floorMod(e.patient.index, 3) == 0) {
                        e.units(i("TRASTUZUMAB"), t, 1);
                    }
                    e.units(i("ONDANSETRON"), t, 1);
                    e.units(i("SALINE"), t, 3);
                    e.units(i("IV"), t, 1);
                    e.units(i("IVSET"), t, 1);
                }
                if (!lastDay && n != 1) {
                    e.units(i("GLUCOSE5"), am.plusMinutes(60), 1);
                    e.units(i("VITC_INJ"), am.plusMinutes(60), 2);
                }
            }
            case MILD -> {
                if (!lastDay) {
                    e.units(i("VITC_INJ"), am.plusMinutes(60), 2);
                    e.units(i("GLUCOSE5"), am.plusMinutes(60), 1);
                    e.units(i("SALINE"), am.plusMinutes(60), 1);
                    e.units(i("IV"), am.plusMinutes(60), 2);
                    e.units(i("PHYSIO"), pm, 1);
                }
            }
        }
    }

    /** The chemotherapy cycle length of a cancer (FOLFOX-type two-week cycles for GI cancers). */
    public static int cycleDays(String cancerDiag) {
        return cancerDiag.startsWith("C16") || cancerDiag.startsWith("C18") ? 14 : 21;
    }
}
