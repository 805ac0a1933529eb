package org.fundguard.governance.inspections;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.fundguard.governance.credit.CreditGrade;

/**
 * A synthetic directory for demos and tests (`fundguard draw --sample`): institutions, some in
 * groups, with a spread of credit grades, enforcement staff of the district bureaus, and clinical
 * and pharmacy experts who work at some of the institutions and declare relations to others.
 * Deterministic in its seed; nothing here is real.
 */
public final class SampleDirectory {
    private static final String[] DISTRICTS = {"370102", "370103", "370104", "370105", "370112"};
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙"};
    private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "强", "磊", "洋", "艳", "勇", "军", "杰", "涛", "明"};
    private static final String[] EXPERTISE = {"临床医学专家", "药学专家", "医保结算专家", "财务审计专家"};

    private SampleDirectory() {
    }

    public static Directory generate(long seed, int targetCount, int inspectorCount) {
        if (targetCount < 1 || inspectorCount < RandomDraw.MINIMUM_INSPECTORS) {
            throw new IllegalArgumentException("need at least 1 target and " + RandomDraw.MINIMUM_INSPECTORS + " inspectors");
        }
        SplittableRandom rnd = new SplittableRandom(seed);
        List<InspectionTarget> targets = new ArrayList<>(targetCount);
        
        for (int n = 1; n <= targetCount; n++) {
            boolean pharmacy = rnd.nextInt(100) < 40;
            String code = (pharmacy ? "P" : "H") + DISTRICTS[rnd.nextInt(DISTRICTS.length)] + String.format("%05d", n);
            String district = code.substring(1, 7);
            String unit = code;
            if (rnd.nextInt(100) < 20) {
                // chains and medical groups (连锁药店, 医联体): conflicts are checked against the group
                unit = "G" + String.format("%04d", 1 + rnd.nextInt(Math.max(1, targetCount / 10)));
            }
            int g = rnd.nextInt(100);
            CreditGrade grade = g < 30 ? CreditGrade.A : g < 75 ? CreditGrade.B : g < 93 ? CreditGrade.C : CreditGrade.D;
            String risk = new String[] {"低", "中", "高"}[rnd.nextInt(3)];
            targets.add(new InspectionTarget(code,
                    pharmacy ? "样例大药房" + n + "店" : "样例医院" + n,
                    pharmacy ? "2" : "1",
                    pharmacy ? "" : Integer.toString(1 + rnd.nextInt(3)),
                    district, risk, grade, unit));
        }
        List<Inspector> inspectors = new ArrayList<>(inspectorCount);
        for (int n = 1; n <= inspectorCount; n++) {
            String name = SURNAMES[rnd.nextInt(SURNAMES.length)] + GIVEN[rnd.nextInt(GIVEN.length)]
                    + (rnd.nextBoolean() ? GIVEN[rnd.nextInt(GIVEN.length)] : "");
            TreeSet<String> relations = new TreeSet<>();
            String qualification;
            String unit;
            if (rnd.nextInt(100) < 60) {
                qualification = "行政执法证";
                unit = "医保局" + DISTRICTS[rnd.nextInt(DISTRICTS.length)];
            } else {
                qualification = EXPERTISE[rnd.nextInt(EXPERTISE.length)];
                unit = targets.get(rnd.nextInt(targets.size())).unit();
            }
            int related = rnd.nextInt(3);
            for (int r = 0; r < related; r++) {
                relations.add(targets.get(rnd.nextInt(targets.size())).unit());
            }
            inspectors.add(new Inspector(String.format("I%04d", n), name, qualification, unit, relations));
        }
        return new Directory(targets, inspectors);
    }
}
