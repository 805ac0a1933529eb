package org.fundguard.synth;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A prefecture-level city modelled on 济宁市 (Shandong): its county-level divisions (real GB/T 2260
 * codes) with population weights, its villages and communities (12-digit 统计用区划代码 shape:
 * division + street + village), and the other cities where residents seek cross-region care (异地就医).
 */
public final class Geography {
    public record District(String code, String name, boolean urban, double weight) {
    }

    static final List<District> HOME = List.of(
            new District("370811", "任城区", true, 1.3),
            new District("370812", "兖州区", true, 0.7),
            new District("370826", "微山县", false, 0.6),
            new District("370827", "鱼台县", false, 0.45),
            new District("370828", "金乡县", false, 0.6),
            new District("370829", "嘉祥县", false, 0.8),
            new District("370830", "汶上县", false, 0.7),
            new District("370831", "泗水县", false, 0.55),
            new District("370832", "梁山县", false, 0.75),
            new District("370881", "曲阜市", true, 0.6),
            new District("370883", "邹城市", true, 1.1));

    /** Other cities, far enough that nobody is in two of them (or there and here) within hours. */
    static final List<District> REMOTE = List.of(
            new District("370102", "济南市历下区", true, 1),
            new District("370202", "青岛市市南区", true, 1),
            new District("110102", "北京市西城区", true, 1),
            new District("310104", "上海市徐汇区", true, 1),
            new District("320106", "南京市鼓楼区", true, 1),
            new District("410105", "郑州市金水区", true, 1));

    public static final String HOME_PREFIX = "3708";

    final String[] villageCode;
    final int[] villageDistrict;

    Geography(int villages, Dice dice) {
        villageCode = new String[villages];
        villageDistrict = new int[villages];
        double[] w = HOME.stream().mapToDouble(District::weight).toArray();
        Set<String> used = new HashSet<>();
        for (int v = 0; v < villages; v++) {
            // every county-level division has people (and so patients for its institutions)
            int d = v < HOME.size() * 2 ? v % HOME.size() : dice.weighted(w);
            String code;
            do {
                code = HOME.get(d).code() + String.format("%03d", dice.between(1, 40)) + String.format("%03d",
                        HOME.get(d).urban() ? dice.between(1, 60) : dice.between(200, 260));
            } while (!used.add(code));
            villageCode[v] = code;
            villageDistrict[v] = d;
        }
    }

    public int villages() {
        return villageCode.length;
    }

    public String village(int v) {
        return villageCode[v];
    }

    public District districtOfVillage(int v) {
        return HOME.get(villageDistrict[v]);
    }

    /** Same prefecture: reachable within an hour or two. */
    public static boolean sameCity(String admdvsA, String admdvsB) {
        return admdvsA.regionMatches(0, admdvsB, 0, 4);
    }
}
