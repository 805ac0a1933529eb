package org.fundguard.synth;

import org.fundguard.core.HospitalLevel;
import org.fundguard.core.MedType;

/**
 * How a settlement splits a bill between the pooled fund (统筹), the personal account and cash, in the
 * shape of a Shandong city's 2024 policy: a per-stay deductible (起付线) and a reimbursement ratio by
 * level and insurance type for inpatients; a flat ratio for chronic/special-disease outpatients; the
 * outpatient pooling (门诊统筹) ratio for ordinary visits and pharmacy purchases of residents; the
 * employee's personal account paying the personal share of eligible costs while its balance lasts.
 * Fully self-paid lines (丙类, non-drug goods) never touch the fund.
 */
final class Reimbursement {
    record Split(long hifp, long account, long cash) {
    }

    private Reimbursement() {
    }

    static Split split(MedType type, HospitalLevel level, boolean remote, boolean employee, boolean retired,
            boolean dialysis, long total, long eligible, long balance) {
        long hifp;
        switch (type) {
            case INPATIENT -> {
                long deductible = employee
                        ? (level == HospitalLevel.LEVEL_3 ? 80_000 : level == HospitalLevel.LEVEL_2 ? 50_000 : 30_000)
                        : (level == HospitalLevel.LEVEL_3 ? 100_000 : level == HospitalLevel.LEVEL_2 ? 60_000 : 30_000);
                int permille = employee
                        ? (level == HospitalLevel.LEVEL_3 ? 850 : level == HospitalLevel.LEVEL_2 ? 880 : 900)
                                + (retired ? 50 : 0)
                        : (level == HospitalLevel.LEVEL_3 ? 600 : level == HospitalLevel.LEVEL_2 ? 700 : 800);
                if (remote) {
                    permille -= 100; // 异地就医 with referral: ten points lower
                }
                hifp = Math.max(0, eligible - deductible) * permille / 1000;
            }
            case CHRONIC_OUTPATIENT -> hifp = eligible * (dialysis ? (employee ? 900 : 800) : (employee ? 750 : 650)) / 1000;
            case PHARMACY_PURCHASE -> hifp = employee ? 0 : eligible * 500 / 1000;
            default -> {
                boolean primary = level == HospitalLevel.LEVEL_1 || level == HospitalLevel.UNRATED;
                hifp = eligible * (primary ? 600 : employee ? 500 : 400) / 1000;
            }
        }
        long account = employee ? Math.max(0, Math.min(balance, eligible - hifp)) : 0;
        return new Split(hifp, account, total - hifp - account);
    }
}
