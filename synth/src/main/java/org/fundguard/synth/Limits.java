package org.fundguard.synth;

import java.util.List;
import org.fundguard.core.CatalogItem;
import org.fundguard.core.Gender;
import org.fundguard.core.HospitalLevel;
import org.fundguard.core.MedType;
import org.fundguard.core.MedTypeLimit;

/** The catalogue's payment limits (限性别/年龄/级别/就医方式/适应症) for one payable line. */
public final class Limits {
    private Limits() {
    }

    /** Which limit the line breaks, or null when it keeps them all (or the item is not payable anyway). */
    public static String breach(CatalogItem item, Gender sex, int age, HospitalLevel level, MedType medType,
            String mainDiag, List<String> otherDiags) {
        if (!item.fundPayable()) {
            return null;
        }
        if (item.limitGender() != null && item.limitGender() != sex) {
            return "gend";
        }
        if (item.ageMin() != null && age < item.ageMin() || item.ageMax() != null && age > item.ageMax()) {
            return "age";
        }
        if (item.limitHospitalLevel() != null && rank(level) < rank(item.limitHospitalLevel())) {
            return "hosp_lv";
        }
        if (item.limitMedType() == MedTypeLimit.INPATIENT_ONLY && medType != MedType.INPATIENT
                || item.limitMedType() == MedTypeLimit.OUTPATIENT_ONLY && medType == MedType.INPATIENT) {
            return "med_type";
        }
        if (!item.limitDiagPrefixes().isEmpty() && !diagnosed(item.limitDiagPrefixes(), mainDiag, otherDiags)) {
            return "diag";
        }
        return null;
    }

    static boolean diagnosed(List<String> prefixes, String main, List<String> others) {
        for (String p : prefixes) {
            if (main != null && main.startsWith(p)) {
                return true;
            }
            for (String o : others) {
                if (o.startsWith(p)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** 3 for level-3 ... 0 for unrated: higher is better equipped. */
    static int rank(HospitalLevel l) {
        return switch (l) {
            case LEVEL_3 -> 3;
            case LEVEL_2 -> 2;
            case LEVEL_1 -> 1;
            case UNRATED -> 0;
        };
    }
}
