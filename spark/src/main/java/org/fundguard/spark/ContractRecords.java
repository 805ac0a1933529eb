package org.fundguard.spark;

import org.apache.spark.sql.Row;
import org.fundguard.core.AgreementStatus;
import org.fundguard.core.SanctionStatus;
import org.fundguard.core.CatalogItem;
import org.fundguard.core.CertType;
import org.fundguard.core.ChargeCategory;
import org.fundguard.core.ChargeLevel;
import org.fundguard.core.FeeDetail;
import org.fundguard.core.Gender;
import org.fundguard.core.HospitalLevel;
import org.fundguard.core.Institution;
import org.fundguard.core.InstitutionType;
import org.fundguard.core.InsuranceType;
import org.fundguard.core.InventoryCount;
import org.fundguard.core.ItemRule;
import org.fundguard.core.ListType;
import org.fundguard.core.MedType;
import org.fundguard.core.MedTypeLimit;
import org.fundguard.core.Ownership;
import org.fundguard.core.Person;
import org.fundguard.core.PersonType;
import org.fundguard.core.Practitioner;
import org.fundguard.core.PractitionerType;
import org.fundguard.core.Purchase;
import org.fundguard.core.Relation;
import org.fundguard.core.RuleScope;
import org.fundguard.core.Settlement;
import org.fundguard.core.Visit;

/**
 * Spark rows → the core records every rule and model takes. Field numbers are the positions of the
 * contract columns in {@link org.fundguard.core.dataset.Table}, the order {@code Rows.of} writes.
 */
final class ContractRecords {
    private ContractRecords() {
    }

    static Institution institution(Columns c, Row r) {
        return new Institution(c.required(r, 0), c.text(r, 1), c.code(r, 2, InstitutionType.class),
                c.code(r, 3, HospitalLevel.class), c.text(r, 4), c.code(r, 5, Ownership.class), c.count(r, 6),
                c.count(r, 7), c.flag(r, 8), c.code(r, 9, AgreementStatus.class));
    }

    static Practitioner practitioner(Columns c, Row r) {
        return new Practitioner(c.required(r, 0), c.text(r, 1), c.code(r, 2, PractitionerType.class), c.text(r, 3),
                c.date(r, 4), c.date(r, 5));
    }

    static Person person(Columns c, Row r) {
        return new Person(c.required(r, 0), c.text(r, 1), c.text(r, 2), c.code(r, 3, Gender.class), c.date(r, 4),
                c.code(r, 5, InsuranceType.class), c.code(r, 6, PersonType.class), c.text(r, 7), c.text(r, 8),
                c.text(r, 9), c.date(r, 10));
    }

    static CatalogItem catalogItem(Columns c, Row r) {
        return new CatalogItem(c.required(r, 0), c.text(r, 1), c.code(r, 2, ListType.class),
                c.code(r, 3, ChargeCategory.class), c.code(r, 4, ChargeLevel.class), c.fenOrNull(r, 5),
                c.fenOrNull(r, 6), c.fenOrNull(r, 7), c.code(r, 8, Gender.class), c.integer(r, 9), c.integer(r, 10),
                c.code(r, 11, HospitalLevel.class), c.code(r, 12, MedTypeLimit.class), c.list(r, 13),
                c.quantityOrNull(r, 14), c.integer(r, 15), c.quantityOrNull(r, 16), c.flag(r, 17), c.flag(r, 18),
                c.flag(r, 19));
    }

    static ItemRule itemRule(Columns c, Row r) {
        return new ItemRule(c.required(r, 0), c.required(r, 1), c.code(r, 2, Relation.class),
                c.code(r, 3, RuleScope.class));
    }

    static Visit visit(Columns c, Row r) {
        return new Visit(c.required(r, 0), c.required(r, 1), c.required(r, 2), c.code(r, 3, MedType.class),
                c.dateTime(r, 4), c.dateTime(r, 5), c.text(r, 6), c.text(r, 7), c.text(r, 8), c.list(r, 9),
                c.code(r, 10, CertType.class), c.text(r, 11));
    }

    static FeeDetail feeDetail(Columns c, Row r) {
        return new FeeDetail(c.required(r, 0), c.required(r, 1), c.text(r, 2), c.text(r, 3), c.dateTime(r, 4),
                c.required(r, 5), c.text(r, 6), c.quantity(r, 7), c.fen(r, 8), c.fen(r, 9), c.text(r, 10),
                c.text(r, 11), c.list(r, 12));
    }

    static Settlement settlement(Columns c, Row r) {
        return new Settlement(c.required(r, 0), c.required(r, 1), c.text(r, 2), c.text(r, 3), c.dateTime(r, 4),
                c.fen(r, 5), c.fen(r, 6), c.fen(r, 7), c.fen(r, 8), c.fen(r, 9), c.fen(r, 10), c.flag(r, 11));
    }

    static Purchase purchase(Columns c, Row r) {
        return new Purchase(c.required(r, 0), c.required(r, 1), c.required(r, 2), c.dateTime(r, 3), c.quantity(r, 4),
                c.fen(r, 5), c.text(r, 6), c.text(r, 7));
    }

    static InventoryCount inventoryCount(Columns c, Row r) {
        return new InventoryCount(c.required(r, 0), c.required(r, 1), c.date(r, 2), c.quantity(r, 3));
    }

    static SanctionStatus sanctionStatus(Columns c, Row r) {
        return new SanctionStatus(c.code(r, 0, SanctionStatus.Subject.class), c.required(r, 1), c.text(r, 2),
                c.code(r, 3, AgreementStatus.class), c.date(r, 4), c.date(r, 5), c.text(r, 6));
    }
}
