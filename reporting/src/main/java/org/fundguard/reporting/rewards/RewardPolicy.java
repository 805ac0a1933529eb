package org.fundguard.reporting.rewards;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.fundguard.core.Money;

/**
 * A reward rule (奖励标准) as data: reward = policy(verified amount, insider, evidence grade, subject).
 * The order of the steps and the rounding are fixed here and documented in docs/reporting.md:
 * <ol>
 * <li>share: the rate (or marginal bands) times the verified amount, computed exactly in fen × basis
 * points and rounded once, half up, to the fen;</li>
 * <li>floor (不足…按…奖励), of the grade when the policy has grade floors;</li>
 * <li>insider bonus (在奖励金额基础上增加 N%), rounded half up to the fen;</li>
 * <li>cap per case (最高不超过).</li>
 * </ol>
 * Percentages are held as basis points (1% = 100), amounts as fen, so no floating point touches money.
 */
public final class RewardPolicy {
    static final long UNBOUNDED = Long.MAX_VALUE;
    private static final long BP = 10_000;

    /** A marginal band: the part of the amount up to {@code upToFen} (from the previous band's bound). */
    record Band(long upToFen, long bp) {
    }

    private final String name;
    private final String title;
    private final String source;
    private final List<Band> bands;
    private final Map<Integer, Long> gradeBp;
    private final long insiderBp;
    private final long individualBp;
    private final long floorFen;
    private final Map<Integer, Long> gradeFloorFen;
    private final long insiderBonusBp;
    private final long capFen;

    RewardPolicy(String name, String title, String source, List<Band> bands, Map<Integer, Long> gradeBp, long insiderBp,
            long individualBp, long floorFen, Map<Integer, Long> gradeFloorFen, long insiderBonusBp, long capFen) {
        this.name = name;
        this.title = title;
        this.source = source;
        this.bands = List.copyOf(bands);
        this.gradeBp = new TreeMap<>(gradeBp);
        this.insiderBp = insiderBp;
        this.individualBp = individualBp;
        this.floorFen = floorFen;
        this.gradeFloorFen = new TreeMap<>(gradeFloorFen);
        this.insiderBonusBp = insiderBonusBp;
        this.capFen = capFen;
    }

    public String name() {
        return name;
    }

    public String title() {
        return title;
    }

    public String source() {
        return source;
    }

    public boolean gradesRequired() {
        return !gradeBp.isEmpty();
    }

    public java.util.Set<Integer> grades() {
        return gradeBp.keySet();
    }

    public long capFen() {
        return capFen;
    }

    public RewardComputation compute(RewardInput in) {
        List<String> steps = new ArrayList<>();
        long v = in.verifiedFen();
        long reward = share(in, v, steps);

        long floor = gradeFloorFen.getOrDefault(in.grade(), floorFen);
        if (floor > 0 && reward < floor) {
            steps.add("计算金额 " + yuan(reward) + " 元低于最低奖励 " + yuan(floor) + " 元，按 " + yuan(floor) + " 元奖励");
            reward = floor;
        }
        if (in.insider() && insiderBonusBp > 0) {
            long raised = divideHalfUp(Math.multiplyExact(reward, BP + insiderBonusBp), BP);
            steps.add("举报人为内部人员，在 " + yuan(reward) + " 元基础上增加 " + percent(insiderBonusBp) + "，得 " + yuan(raised) + " 元");
            reward = raised;
        }
        if (capFen > 0 && reward > capFen) {
            steps.add("超过每案最高奖励 " + yuan(capFen) + " 元，按 " + yuan(capFen) + " 元奖励");
            reward = capFen;
        }
        steps.add("奖励金额 " + yuan(reward) + " 元");
        return new RewardComputation(name, title, v, reward, steps);
    }

    private long share(RewardInput in, long v, List<String> steps) {
        if (gradesRequired() && !gradeBp.containsKey(in.grade())) {
            throw new IllegalArgumentException(name + " rewards by evidence grade: give a grade among " + gradeBp.keySet());
        }
        long rate = -1;
        String why = null;
        if (gradesRequired()) {
            rate = gradeBp.get(in.grade());
            why = in.grade() + " 级奖励比例 " + percent(rate);
        } else if (bands.size() == 1) {
            rate = bands.get(0).bp();
            why = "奖励比例 " + percent(rate);
        }
        if (in.insider() && insiderBp > 0) {
            rate = insiderBp;
            why = "举报人为内部人员，奖励比例 " + percent(rate);
        }
        if (in.againstIndividual() && individualBp > 0 && individualBp > rate) {
            rate = individualBp;
            why = "被举报对象为个人，奖励比例 " + percent(rate);
        }
        if (rate >= 0) {
            long share = divideHalfUp(Math.multiplyExact(v, rate), BP);
            steps.add("查实金额 " + yuan(v) + " 元，" + why + "，计 " + yuan(share) + " 元");
            return share;
        }
        long numerator = 0;
        long lower = 0;
        StringBuilder parts = new StringBuilder();
        for (Band b : bands) {
            if (v <= lower) {
                break;
            }
            long part = Math.min(v, b.upToFen()) - lower;
            numerator = Math.addExact(numerator, Math.multiplyExact(part, b.bp()));
            if (parts.length() > 0) {
                parts.append("，");
            }
            parts.append(yuan(part)).append(" 元 × ").append(percent(b.bp()));
            lower = b.upToFen();
        }
        long share = divideHalfUp(numerator, BP);
        steps.add("查实金额 " + yuan(v) + " 元分段计算：" + parts + "，计 " + yuan(share) + " 元");
        return share;
    }

    static long divideHalfUp(long numerator, long denominator) {
        return (numerator + denominator / 2) / denominator;
    }

    private static String yuan(long fen) {
        return Money.format(fen);
    }

    private static String percent(long bp) {
        String s = Money.format(bp);
        if (s.endsWith(".00")) {
            s = s.substring(0, s.length() - 3);
        } else if (s.endsWith("0")) {
            s = s.substring(0, s.length() - 1);
        }
        return s + "%";
    }
}
