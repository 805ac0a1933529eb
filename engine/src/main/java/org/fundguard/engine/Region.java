package org.fundguard.engine;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fundguard.core.CatalogItem;
import org.fundguard.core.Institution;
import org.fundguard.core.InventoryCount;
import org.fundguard.core.ItemRule;
import org.fundguard.core.Person;
import org.fundguard.core.Practitioner;
import org.fundguard.core.Purchase;
import org.fundguard.core.dataset.DataSet;

/**
 * The reference side of a region, looked up by key: persons, institutions, practitioners (one row
 * per registration), the catalogue, pairwise item rules, and the institutions' stock records. Read
 * only; shared by every rule and model (broadcast on Spark).
 */
public final class Region implements Serializable {
    private final Map<String, Person> persons;
    private final Map<String, Institution> institutions;
    private final Map<String, List<Practitioner>> registrations;
    private final Map<String, CatalogItem> catalog;
    private final List<ItemRule> itemRules;
    private final Map<String, List<Purchase>> purchasesByInstitution;
    private final Map<String, List<InventoryCount>> inventoryByInstitution;

    public Region(List<Person> persons, List<Institution> institutions, List<Practitioner> practitioners,
            List<CatalogItem> catalog, List<ItemRule> itemRules, List<Purchase> purchases,
            List<InventoryCount> inventory) {
        this.persons = index(persons, Person::psnNo);
        this.institutions = index(institutions, Institution::code);
        this.catalog = index(catalog, CatalogItem::code);
        this.registrations = group(practitioners, Practitioner::code);
        this.itemRules = List.copyOf(itemRules);
        this.purchasesByInstitution = group(purchases, Purchase::institutionCode);
        this.inventoryByInstitution = group(inventory, InventoryCount::institutionCode);
    }

    public static Region of(DataSet d) {
        return new Region(d.persons(), d.institutions(), d.practitioners(), d.catalog(), d.itemRules(),
                d.purchases(), d.inventory());
    }

    public Person person(String psnNo) {
        return persons.get(psnNo);
    }

    public Institution institution(String code) {
        return institutions.get(code);
    }

    public CatalogItem item(String listCode) {
        return catalog.get(listCode);
    }

    /** Every registration (多点执业 gives several) of a practitioner; empty when unknown. */
    public List<Practitioner> registrations(String pracCode) {
        return registrations.getOrDefault(pracCode, List.of());
    }

    /** Codes of practitioners registered at two or more institutions (多点执业). */
    public java.util.Set<String> multiSitePractitioners() {
        java.util.Set<String> out = new java.util.HashSet<>();
        registrations.forEach((code, regs) -> {
            if (regs.stream().map(Practitioner::institutionCode).distinct().count() > 1) {
                out.add(code);
            }
        });
        return out;
    }

    public Map<String, Person> persons() {
        return persons;
    }

    public Map<String, Institution> institutions() {
        return institutions;
    }

    public Map<String, CatalogItem> catalog() {
        return catalog;
    }

    public List<ItemRule> itemRules() {
        return itemRules;
    }

    public List<Purchase> purchases(String institutionCode) {
        return purchasesByInstitution.getOrDefault(institutionCode, List.of());
    }

    public List<InventoryCount> inventory(String institutionCode) {
        return inventoryByInstitution.getOrDefault(institutionCode, List.of());
    }

    private static <T> Map<String, T> index(List<T> rows, java.util.function.Function<T, String> key) {
        Map<String, T> m = new HashMap<>(rows.size() * 2);
        for (T r : rows) {
            m.put(key.apply(r), r);
        }
        return m;
    }

    private static <T> Map<String, List<T>> group(List<T> rows, java.util.function.Function<T, String> key) {
        Map<String, List<T>> m = new HashMap<>();
        for (T r : rows) {
            m.computeIfAbsent(key.apply(r), k -> new ArrayList<>()).add(r);
        }
        return m;
    }
}
