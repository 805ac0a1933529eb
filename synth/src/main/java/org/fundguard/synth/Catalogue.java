package org.fundguard.synth;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fundguard.core.CatalogItem;
import org.fundguard.core.ChargeCategory;
import org.fundguard.core.ChargeLevel;
import org.fundguard.core.Gender;
import org.fundguard.core.HospitalLevel;
import org.fundguard.core.ItemRule;
import org.fundguard.core.ListType;
import org.fundguard.core.Money;
import org.fundguard.core.MedTypeLimit;
import org.fundguard.core.Quantity;
import org.fundguard.core.Relation;
import org.fundguard.core.RuleScope;

/**
 * The region's catalogue (catalogue.txt) with codes drawn at random for each seed in the national
 * shapes, and the pairwise coding rules (item_rules.csv).
 */
public final class Catalogue {
    private final List<Item> items = new ArrayList<>();
    private final Map<String, Item> byKey = new HashMap<>();
    private final Map<String, List<Item>> byTag = new HashMap<>();
    private final List<ItemRule> rules = new ArrayList<>();
    private final List<Item> stocked = new ArrayList<>();

    Catalogue(long seed) {
        Dice dice = Dice.of(seed, 1, 0);
        Set<String> used = new HashSet<>();
        for (String[] f : rows()) {
            String key = f[0];
            ListType listType = ListType.of(f[2]);
            String code;
            do {
                code = switch (listType) {
                    case SERVICE_ITEM -> dice.digits(15);
                    case WESTERN_DRUG -> drugCode(dice, f[3]);
                    case HERBAL_PIECES -> "T" + dice.digits(9);
                    case CONSUMABLE -> "C" + dice.digits(19);
                };
            } while (!used.add(code));
            String[] p = f[5].split("/");
            long[] price = {yuan(p[0]), yuan(p[1]), yuan(p[2])};
            Map<String, String> a = attributes(f.length > 6 ? f[6] : "");
            boolean capped = a.containsKey("cap");
            CatalogItem spec = new CatalogItem(code, f[1], listType, ChargeCategory.of(f[3]), ChargeLevel.of(f[4]),
                    capped ? price[0] : null,
                    capped && price[1] != price[0] ? price[1] : null,
                    capped && price[2] != price[0] ? price[2] : null,
                    a.containsKey("gend") ? Gender.of(a.get("gend")) : null,
                    a.containsKey("amin") ? Integer.valueOf(a.get("amin")) : null,
                    a.containsKey("amax") ? Integer.valueOf(a.get("amax")) : null,
                    a.containsKey("hosplv") ? HospitalLevel.of(a.get("hosplv")) : null,
                    a.containsKey("med") ? MedTypeLimit.of(a.get("med")) : null,
                    a.containsKey("diag") ? Arrays.asList(a.get("diag").split(";")) : List.of(),
                    a.containsKey("maxday") ? Quantity.parse(a.get("maxday")) : null,
                    a.containsKey("supply") ? Integer.valueOf(a.get("supply")) : null,
                    a.containsKey("udd") ? Quantity.parse(a.get("udd")) : null,
                    a.containsKey("key"), a.containsKey("resale"), a.containsKey("nondrug"));
            Item item = new Item(items.size(), key, a.getOrDefault("tag", ""), spec, price, dice.digits(7));
            items.add(item);
            byKey.put(key, item);
            byTag.computeIfAbsent(item.tag, t -> new ArrayList<>()).add(item);
            if (item.stocked()) {
                item.stockIndex = stocked.size();
                stocked.add(item);
            }
        }
        bundled("CBC_CRP", "CBC", RuleScope.VISIT);
        bundled("CBC_CRP", "CRP", RuleScope.VISIT);
        bundled("LIVER", "ALT", RuleScope.VISIT);
        bundled("APPENDECT", "PNEUMOPER", RuleScope.VISIT);
        bundled("CHOLECYST", "PNEUMOPER", RuleScope.VISIT);
        bundled("ANAES_GEN", "INTUBATION", RuleScope.VISIT);
        bundled("HD", "AVPUNCT", RuleScope.DAY);
        bundled("HDF", "AVPUNCT", RuleScope.DAY);
        exclusive("NURS_L1", "NURS_L2", RuleScope.DAY);
        exclusive("BED_GEN", "BED_ICU", RuleScope.DAY);
        exclusive("HD", "HDF", RuleScope.DAY);
        exclusive("CONSULT_GEN", "CONSULT_EXPERT", RuleScope.VISIT);
        exclusive("CONSULT_GEN", "CONSULT_EMERG", RuleScope.DAY);
    }

    private static String drugCode(Dice d, String chargeType) {
        // 国家医保药品代码 shape: X (western) / Z (patent Chinese), an ATC-like group, then serials: 23 chars
        StringBuilder b = new StringBuilder(23);
        b.append("11".equals(chargeType) ? 'Z' : 'X').append(d.letter()).append(d.digit()).append(d.digit())
                .append(d.letter()).append(d.letter()).append(d.letter()).append(d.digits(3)).append(d.letter())
                .append(d.digits(12));
        return b.toString();
    }

    private void bundled(String pkg, String component, RuleScope scope) {
        rules.add(new ItemRule(item(pkg).code(), item(component).code(), Relation.BUNDLED, scope));
    }

    private void exclusive(String a, String b, RuleScope scope) {
        rules.add(new ItemRule(item(a).code(), item(b).code(), Relation.EXCLUSIVE, scope));
    }

    private static long yuan(String s) {
        return Money.parseFen(s);
    }

    private static Map<String, String> attributes(String s) {
        Map<String, String> m = new HashMap<>();
        for (String t : s.trim().split("\\s+")) {
            if (t.isEmpty()) {
                continue;
            }
            int eq = t.indexOf('=');
            m.put(eq < 0 ? t : t.substring(0, eq), eq < 0 ? "" : t.substring(eq + 1));
        }
        return m;
    }

    private static List<String[]> rows() {
        List<String[]> out = new ArrayList<>();
        try (InputStream in = Catalogue.class.getResourceAsStream("catalogue.txt");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                out.add(line.split("\\|"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read catalogue.txt", e);
        }
        return out;
    }

    /** The item with this template key; a missing key is a programming error. */
    public Item item(String key) {
        Item i = byKey.get(key);
        if (i == null) {
            throw new IllegalArgumentException("no catalogue item " + key);
        }
        return i;
    }

    public List<Item> tagged(String tag) {
        return byTag.getOrDefault(tag, List.of());
    }

    public List<Item> items() {
        return items;
    }

    public List<Item> stocked() {
        return stocked;
    }

    public List<ItemRule> rules() {
        return rules;
    }
}
