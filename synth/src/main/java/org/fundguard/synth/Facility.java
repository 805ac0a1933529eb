package org.fundguard.synth;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fundguard.core.AgreementStatus;
import org.fundguard.core.HospitalLevel;
import org.fundguard.core.Institution;
import org.fundguard.core.InstitutionType;
import org.fundguard.core.Ownership;

/** A designated institution or pharmacy with its departments, staff, terminals and quirks. */
public final class Facility {
    public enum Kind {
        LEVEL3, LEVEL2, LEVEL1, CLINIC, PRIVATE, ELDERCARE, DIALYSIS, PHARMACY, REMOTE, REMOTE_PHARMACY
    }

    public final int index;
    public final String code;
    public final String name;
    public final Kind kind;
    public final HospitalLevel level;
    public final String admdvs;
    public final int district;          // index in Geography.HOME, -1 for remote ones
    public final Ownership ownership;
    public final boolean eldercareLinked;
    public int beds;
    public int machines;
    public final List<String> depts = new ArrayList<>();
    final Map<String, List<Staff>> doctors = new HashMap<>();
    public final List<Staff> pharmacists = new ArrayList<>();
    public String[] terminals;
    /** Price as a share of the list price, per mille (private hospitals and pharmacies differ). */
    int pricePermille = 1000;
    /** Institution-level behaviour an injection installed (null for the ordinary ones). */
    public Behaviour behaviour;
    String[] localCodes;

    Facility(int index, String code, String name, Kind kind, HospitalLevel level, String admdvs, int district,
            Ownership ownership, boolean eldercareLinked) {
        this.index = index;
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.level = level;
        this.admdvs = admdvs;
        this.district = district;
        this.ownership = ownership;
        this.eldercareLinked = eldercareLinked;
    }

    public boolean isPharmacy() {
        return kind == Kind.PHARMACY || kind == Kind.REMOTE_PHARMACY;
    }

    public boolean isHospital() {
        return beds > 0;
    }

    public boolean isRemote() {
        return kind == Kind.REMOTE || kind == Kind.REMOTE_PHARMACY;
    }

    public List<Staff> doctors(String dept) {
        return doctors.getOrDefault(dept, List.of());
    }

    public boolean hasDept(String dept) {
        return doctors.containsKey(dept);
    }

    Institution row() {
        return new Institution(code, name, isPharmacy() ? InstitutionType.PHARMACY : InstitutionType.MEDICAL, level,
                admdvs, ownership, beds, machines, eldercareLinked, AgreementStatus.ACTIVE);
    }

    /** The institution's own code for a catalogue item (medins_list_codg), stable per institution. */
    String localCode(Item item, int items) {
        if (localCodes == null) {
            localCodes = new String[items];
        }
        String c = localCodes[item.index];
        if (c == null) {
            c = (item.stocked() ? "YP" : "FW") + String.format("%06d", Math.floorMod(Dice.mix(index * 131L + item.index),
                    1_000_000));
            localCodes[item.index] = c;
        }
        return c;
    }

    @Override
    public String toString() {
        return code + "(" + kind + ")";
    }
}
