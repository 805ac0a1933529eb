package org.fundguard.core.dataset;

import java.util.Arrays;

/**
 * The keys of the tables read so far, for referential checks on the tables read after them. Only
 * keys and a few entry numbers are kept, never whole rows, so streaming a region keeps memory to
 * the size of its keys.
 */
final class References {
    final KeyIndex institutions = new KeyIndex(Table.INSTITUTIONS.csvFileName());
    final KeyIndex practitioners = new KeyIndex(Table.PRACTITIONERS.csvFileName()); // prac_code + institution
    final KeyIndex practitionerCodes = new KeyIndex(Table.PRACTITIONERS.csvFileName());
    final KeyIndex persons = new KeyIndex(Table.PERSONS.csvFileName());
    final KeyIndex catalog = new KeyIndex(Table.CATALOG.csvFileName());
    final KeyIndex itemRules = new KeyIndex(Table.ITEM_RULES.csvFileName());
    final KeyIndex visits = new KeyIndex(Table.VISITS.csvFileName());
    final KeyIndex feeDetails = new KeyIndex(Table.FEE_DETAILS.csvFileName(), false);
    final KeyIndex settlements = new KeyIndex(Table.SETTLEMENTS.csvFileName(), false);
    final KeyIndex purchases = new KeyIndex(Table.PURCHASES.csvFileName());
    final KeyIndex inventory = new KeyIndex(Table.INVENTORY.csvFileName());
    final KeyIndex sanctionStatus = new KeyIndex(Table.SANCTION_STATUS.csvFileName());
    final KeyIndex labels = new KeyIndex(Table.LABELS.csvFileName());
    final KeyIndex leads = new KeyIndex(Table.LEADS.csvFileName());

    /** Per visit entry: the person and institution entries it names (-1 when unknown). */
    private int[] visitPerson = new int[1024];
    private int[] visitInstitution = new int[1024];

    void visit(int entry, int person, int institution) {
        if (entry >= visitPerson.length) {
            int n = Math.max(entry + 1, visitPerson.length * 2);
            visitPerson = Arrays.copyOf(visitPerson, n);
            visitInstitution = Arrays.copyOf(visitInstitution, n);
        }
        visitPerson[entry] = person;
        visitInstitution[entry] = institution;
    }

    int visitPerson(int entry) {
        return visitPerson[entry];
    }

    int visitInstitution(int entry) {
        return visitInstitution[entry];
    }

    /** A row that names a visit must name the same person and institution as the visit does. */
    void agreeWithVisit(RowCheck r, int visit, int person, int personColumn, int institution,
            int institutionColumn) {
        int vp = visitPerson[visit];
        if (person >= 0 && vp >= 0 && person != vp) {
            r.error(personColumn, "differs from psn_no " + persons.key(vp) + ofVisit(visit));
        }
        int vi = visitInstitution[visit];
        if (institution >= 0 && vi >= 0 && institution != vi) {
            r.error(institutionColumn, "differs from fixmedins_code " + institutions.key(vi) + ofVisit(visit));
        }
    }

    private String ofVisit(int visit) {
        return " of visit " + visits.key(visit) + " (" + visits.file() + ":" + visits.line(visit) + ")";
    }

    KeyIndex of(Table t) {
        return switch (t) {
            case INSTITUTIONS -> institutions;
            case PRACTITIONERS -> practitioners;
            case PERSONS -> persons;
            case CATALOG -> catalog;
            case ITEM_RULES -> itemRules;
            case VISITS -> visits;
            case FEE_DETAILS -> feeDetails;
            case SETTLEMENTS -> settlements;
            case PURCHASES -> purchases;
            case INVENTORY -> inventory;
            case SANCTION_STATUS -> sanctionStatus;
            case LABELS -> labels;
            case LEADS -> leads;
        };
    }
}
