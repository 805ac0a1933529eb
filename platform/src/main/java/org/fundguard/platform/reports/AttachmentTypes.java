package org.fundguard.platform.reports;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.fundguard.reporting.DataLines;

/** The whitelist of attachment types, recognised by magic bytes (attachment-types.tsv). */
final class AttachmentTypes {
    /** Bytes read from the head of a file: enough for every signature listed. */
    static final int HEAD_BYTES = 32;

    record Part(int offset, byte[] bytes) {
    }

    record Type(String mediaType, String label, List<Part> parts) {
        boolean matches(byte[] head, int length) {
            for (Part p : parts) {
                if (p.offset() + p.bytes().length > length) {
                    return false;
                }
                for (int i = 0; i < p.bytes().length; i++) {
                    if (head[p.offset() + i] != p.bytes()[i]) {
                        return false;
                    }
                }
            }
            return true;
        }
    }

    private final List<Type> types;

    private AttachmentTypes(List<Type> types) {
        this.types = List.copyOf(types);
    }

    static AttachmentTypes standard() {
        return load(DataLines.resource(AttachmentTypes.class, "attachment-types.tsv"));
    }

    static AttachmentTypes load(DataLines file) {
        List<Type> types = new ArrayList<>();
        for (DataLines.Row row : file.table("media_type", "signature", "label")) {
            List<Part> parts = new ArrayList<>();
            for (String part : row.required("signature").split("\\+")) {
                String[] p = part.split(":");
                if (p.length != 2) {
                    throw row.error("signature", "'" + part + "' is not offset:hex");
                }
                try {
                    int offset = Integer.parseInt(p[0].strip());
                    byte[] bytes = HexFormat.of().parseHex(p[1].strip());
                    if (offset < 0 || bytes.length == 0 || offset + bytes.length > HEAD_BYTES) {
                        throw row.error("signature", "'" + part + "' must lie within the first " + HEAD_BYTES + " bytes");
                    }
                    parts.add(new Part(offset, bytes));
                } catch (IllegalArgumentException e) {
                    throw row.error("signature", "'" + part + "' is not offset:hex");
                }
            }
            types.add(new Type(row.required("media_type"), row.required("label"), parts));
        }
        return new AttachmentTypes(types);
    }

    Optional<Type> recognise(byte[] head, int length) {
        return types.stream().filter(t -> t.matches(head, length)).findFirst();
    }

    /** The labels for the form ("PDF, PNG, ..."), each once. */
    String labels() {
        return String.join(", ", types.stream().map(Type::label).distinct().toList());
    }
}
