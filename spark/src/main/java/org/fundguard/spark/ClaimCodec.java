package org.fundguard.spark;

import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.fundguard.core.CertType;
import org.fundguard.core.FeeDetail;
import org.fundguard.core.MedType;
import org.fundguard.core.Settlement;
import org.fundguard.core.Visit;
import org.fundguard.engine.Claim;

/**
 * Claims cross the shuffle once per detector key and sit in Spark's cache between passes, so their
 * encoding is written out field by field: Kryo's generic serializer cannot build Java records (no
 * setters, no no-arg constructor) and Java serialization writes class descriptors into every row.
 * A claim is encoded once and its bytes travel under every key it belongs to. A fee line repeats
 * its visit's id, person and institution; those are written once per claim and the strings shared
 * again on decoding. Kryo's buffers are used for their compact variable-length integers and fast
 * ASCII strings; the bytes are Spark {@code binary} values, decoded only where a detector needs them.
 */
final class ClaimCodec {
    private static final long NO_TIME = Long.MIN_VALUE;

    private ClaimCodec() {
    }

    /** Encodes into a reusable buffer (cleared first) and returns a copy of the bytes. */
    static byte[] encode(Claim c, Output out) {
        out.clear();
        write(out, c);
        return out.toBytes();
    }

    static Output buffer() {
        return new Output(4096, -1);
    }

    static Claim decode(byte[] bytes) {
        return read(new Input(bytes));
    }

    private static void write(Output out, Claim c) {
        Visit v = c.visit();
        out.writeString(v.mdtrtId());
        out.writeString(v.psnNo());
        out.writeString(v.institutionCode());
        writeEnum(out, v.medType());
        writeTime(out, v.begin());
        writeTime(out, v.end());
        out.writeString(v.deptCode());
        out.writeString(v.attendingCode());
        out.writeString(v.mainDiag());
        writeStrings(out, v.otherDiags());
        writeEnum(out, v.certType());
        out.writeString(v.terminalId());

        out.writeVarInt(c.lines().size(), true);
        for (FeeDetail f : c.lines()) {
            out.writeString(f.feedetlSn());
            writeShared(out, f.mdtrtId(), v.mdtrtId());
            writeShared(out, f.psnNo(), v.psnNo());
            writeShared(out, f.institutionCode(), v.institutionCode());
            writeTime(out, f.time());
            out.writeString(f.listCode());
            out.writeString(f.institutionListCode());
            out.writeVarLong(f.cnt(), false);
            out.writeVarLong(f.priceFen(), false);
            out.writeVarLong(f.amountFen(), false);
            out.writeString(f.orderingPractitioner());
            out.writeString(f.orderingDept());
            writeStrings(out, f.traceCodes());
        }

        out.writeVarInt(c.settlements().size(), true);
        for (Settlement s : c.settlements()) {
            out.writeString(s.setlId());
            writeShared(out, s.mdtrtId(), v.mdtrtId());
            writeShared(out, s.psnNo(), v.psnNo());
            writeShared(out, s.institutionCode(), v.institutionCode());
            writeTime(out, s.time());
            out.writeVarLong(s.medfeeSumFen(), false);
            out.writeVarLong(s.fullOwnpayFen(), false);
            out.writeVarLong(s.hifpPayFen(), false);
            out.writeVarLong(s.acctPayFen(), false);
            out.writeVarLong(s.cashPayFen(), false);
            out.writeVarLong(s.fundPaySumFen(), false);
            out.writeBoolean(s.reversed());
        }
    }

    private static Claim read(Input in) {
        String mdtrtId = in.readString();
        String psnNo = in.readString();
        String institution = in.readString();
        Visit v = new Visit(mdtrtId, psnNo, institution, readEnum(in, MedType.values()), readTime(in),
                readTime(in), in.readString(), in.readString(), in.readString(), readStrings(in),
                readEnum(in, CertType.values()), in.readString());

        int nLines = in.readVarInt(true);
        List<FeeDetail> lines = new ArrayList<>(nLines);
        for (int i = 0; i < nLines; i++) {
            lines.add(new FeeDetail(in.readString(), readShared(in, mdtrtId), readShared(in, psnNo),
                    readShared(in, institution), readTime(in), in.readString(), in.readString(),
                    in.readVarLong(false), in.readVarLong(false), in.readVarLong(false), in.readString(),
                    in.readString(), readStrings(in)));
        }

        int nSettlements = in.readVarInt(true);
        List<Settlement> settlements = new ArrayList<>(nSettlements);
        for (int i = 0; i < nSettlements; i++) {
            settlements.add(new Settlement(in.readString(), readShared(in, mdtrtId), readShared(in, psnNo),
                    readShared(in, institution), readTime(in), in.readVarLong(false), in.readVarLong(false),
                    in.readVarLong(false), in.readVarLong(false), in.readVarLong(false), in.readVarLong(false),
                    in.readBoolean()));
        }
        return new Claim(v, lines, settlements);
    }

    /** 0 = the visit's value, 1 = null, 2 = a value of its own follows. */
    private static void writeShared(Output out, String value, String visitValue) {
        if (value != null && value.equals(visitValue)) {
            out.writeByte(0);
        } else if (value == null) {
            out.writeByte(1);
        } else {
            out.writeByte(2);
            out.writeString(value);
        }
    }

    private static String readShared(Input in, String visitValue) {
        return switch (in.readByte()) {
            case 0 -> visitValue;
            case 1 -> null;
            default -> in.readString();
        };
    }

    private static void writeEnum(Output out, Enum<?> e) {
        out.writeVarInt(e == null ? 0 : e.ordinal() + 1, true);
    }

    private static <E extends Enum<E>> E readEnum(Input in, E[] values) {
        int i = in.readVarInt(true);
        return i == 0 ? null : values[i - 1];
    }

    private static void writeTime(Output out, LocalDateTime t) {
        if (t == null) {
            out.writeVarLong(NO_TIME, false);
            return;
        }
        out.writeVarLong(t.toEpochSecond(ZoneOffset.UTC), false);
        out.writeVarInt(t.getNano(), true);
    }

    private static LocalDateTime readTime(Input in) {
        long seconds = in.readVarLong(false);
        if (seconds == NO_TIME) {
            return null;
        }
        return LocalDateTime.ofEpochSecond(seconds, in.readVarInt(true), ZoneOffset.UTC);
    }

    private static void writeStrings(Output out, List<String> values) {
        out.writeVarInt(values.size(), true);
        for (String s : values) {
            out.writeString(s);
        }
    }

    private static List<String> readStrings(Input in) {
        int n = in.readVarInt(true);
        if (n == 0) {
            return List.of();
        }
        String[] a = new String[n];
        for (int i = 0; i < n; i++) {
            a[i] = in.readString();
        }
        return List.of(a);
    }
}
