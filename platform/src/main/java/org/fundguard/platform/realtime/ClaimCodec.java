package org.fundguard.platform.realtime;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
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
 * A claim as bytes for the history table: compact and quick to read back, since every real-time
 * audit reads the person's recent claims. Version byte first so the layout can change later.
 */
final class ClaimCodec {
    private static final int VERSION = 1;

    private ClaimCodec() {
    }

    static byte[] encode(Claim c) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 + 96 * c.lines().size());
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(VERSION);
            Visit v = c.visit();
            str(out, v.mdtrtId());
            str(out, v.psnNo());
            str(out, v.institutionCode());
            str(out, v.medType() == null ? null : v.medType().code());
            time(out, v.begin());
            time(out, v.end());
            str(out, v.deptCode());
            str(out, v.attendingCode());
            str(out, v.mainDiag());
            strings(out, v.otherDiags());
            str(out, v.certType() == null ? null : v.certType().code());
            str(out, v.terminalId());
            out.writeInt(c.lines().size());
            for (FeeDetail l : c.lines()) {
                str(out, l.feedetlSn());
                time(out, l.time());
                str(out, l.listCode());
                str(out, l.institutionListCode());
                out.writeLong(l.cnt());
                out.writeLong(l.priceFen());
                out.writeLong(l.amountFen());
                str(out, l.orderingPractitioner());
                str(out, l.orderingDept());
                strings(out, l.traceCodes());
            }
            out.writeInt(c.settlements().size());
            for (Settlement s : c.settlements()) {
                str(out, s.setlId());
                time(out, s.time());
                out.writeLong(s.medfeeSumFen());
                out.writeLong(s.fullOwnpayFen());
                out.writeLong(s.hifpPayFen());
                out.writeLong(s.acctPayFen());
                out.writeLong(s.cashPayFen());
                out.writeLong(s.fundPaySumFen());
                out.writeBoolean(s.reversed());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static Claim decode(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            int version = in.readByte();
            if (version != VERSION) {
                throw new IllegalStateException("history claim encoded with unknown layout " + version);
            }
            String mdtrt = str(in);
            String psn = str(in);
            String inst = str(in);
            String medType = str(in);
            Visit v = new Visit(mdtrt, psn, inst, medType == null ? null : MedType.of(medType), time(in), time(in),
                    str(in), str(in), str(in), strings(in), certType(str(in)), str(in));
            int n = in.readInt();
            List<FeeDetail> lines = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                lines.add(new FeeDetail(str(in), mdtrt, psn, inst, time(in), str(in), str(in), in.readLong(),
                        in.readLong(), in.readLong(), str(in), str(in), strings(in)));
            }
            int m = in.readInt();
            List<Settlement> settlements = new ArrayList<>(m);
            for (int i = 0; i < m; i++) {
                settlements.add(new Settlement(str(in), mdtrt, psn, inst, time(in), in.readLong(), in.readLong(),
                        in.readLong(), in.readLong(), in.readLong(), in.readLong(), in.readBoolean()));
            }
            return new Claim(v, lines, settlements);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CertType certType(String code) {
        return code == null ? null : CertType.of(code);
    }

    private static void str(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeBoolean(false);
        } else {
            out.writeBoolean(true);
            out.writeUTF(s);
        }
    }

    private static String str(DataInputStream in) throws IOException {
        return in.readBoolean() ? in.readUTF() : null;
    }

    private static void strings(DataOutputStream out, List<String> list) throws IOException {
        out.writeShort(list.size());
        for (String s : list) {
            out.writeUTF(s);
        }
    }

    private static List<String> strings(DataInputStream in) throws IOException {
        int n = in.readUnsignedShort();
        if (n == 0) {
            return List.of();
        }
        List<String> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            list.add(in.readUTF());
        }
        return list;
    }

    private static void time(DataOutputStream out, LocalDateTime t) throws IOException {
        out.writeLong(t == null ? Long.MIN_VALUE : t.toEpochSecond(ZoneOffset.UTC));
    }

    private static LocalDateTime time(DataInputStream in) throws IOException {
        long s = in.readLong();
        return s == Long.MIN_VALUE ? null : LocalDateTime.ofEpochSecond(s, 0, ZoneOffset.UTC);
    }
}
