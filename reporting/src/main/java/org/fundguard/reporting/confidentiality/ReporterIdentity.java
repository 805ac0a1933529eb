package org.fundguard.reporting.confidentiality;

import org.fundguard.core.Masking;

/**
 * Who a named reporter is and how to reach them: exactly what is encrypted at rest. {@link #toString()}
 * is masked so that a stray log line or exception message can never print it.
 */
public record ReporterIdentity(String name, String idNumber, String phone, String contact) {
    static final int MAX_FIELD_CHARS = 500;

    public ReporterIdentity {
        name = clean(name, "name");
        idNumber = clean(idNumber, "idNumber");
        phone = clean(phone, "phone");
        contact = clean(contact, "contact");
        if (name.isEmpty() && idNumber.isEmpty() && phone.isEmpty() && contact.isEmpty()) {
            throw new IllegalArgumentException("a named report needs at least a name, an ID number, a phone or a contact");
        }
    }

    private static String clean(String value, String field) {
        String v = value == null ? "" : value.strip();
        if (v.length() > MAX_FIELD_CHARS) {
            throw new IllegalArgumentException(field + " is longer than " + MAX_FIELD_CHARS + " characters");
        }
        return v;
    }

    /** The form lists, exports and the reporter's own query page may show. */
    public Masked masked() {
        return new Masked(Masking.name(name), Masking.certno(idNumber), Masking.phone(phone), Masking.name(contact));
    }

    public record Masked(String name, String idNumber, String phone, String contact) {
    }

    @Override
    public String toString() {
        Masked m = masked();
        return "ReporterIdentity[" + m.name() + ", " + m.idNumber() + ", " + m.phone() + ", " + m.contact() + "]";
    }
}
