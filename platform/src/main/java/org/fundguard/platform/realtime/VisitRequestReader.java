package org.fundguard.platform.realtime;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads a posted visit with Jackson's streaming parser, field by field into {@link VisitRequest}.
 * Databind's record creators buffer every property and cost more per visit than the audit itself
 * (platform/load/README.md); this reader accepts what databind accepted — unknown fields are skipped,
 * numbers and booleans are taken as their text, null as absent — and names the field it cannot take.
 */
final class VisitRequestReader {
    private static final JsonFactory JSON = new JsonFactory();

    private VisitRequestReader() {
    }

    static VisitRequest read(InputStream body) {
        try (JsonParser p = JSON.createParser(ObjectReadContext.empty(), body)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new VisitMapping.BadVisit("body: not a JSON object");
            }
            String stage = null;
            VisitRequest.Visit visit = null;
            List<VisitRequest.Line> lines = null;
            VisitRequest.Settlement settlement = null;
            String name;
            while ((name = p.nextName()) != null) {
                JsonToken t = p.nextToken();
                switch (name) {
                    case "stage" -> stage = text(p, t, "stage");
                    case "visit" -> visit = t == JsonToken.VALUE_NULL ? null : visit(p, t);
                    case "lines" -> lines = t == JsonToken.VALUE_NULL ? null : lines(p, t);
                    case "settlement" -> settlement = t == JsonToken.VALUE_NULL ? null : settlement(p, t);
                    default -> p.skipChildren();
                }
            }
            return new VisitRequest(stage, visit, lines, settlement);
        }
    }

    private static VisitRequest.Visit visit(JsonParser p, JsonToken t) {
        expectObject(t, "visit");
        String mdtrtId = null;
        String psnNo = null;
        String institution = null;
        String medType = null;
        String begin = null;
        String end = null;
        String dept = null;
        String attending = null;
        String mainDiag = null;
        String otherDiags = null;
        String certType = null;
        String terminal = null;
        String name;
        while ((name = p.nextName()) != null) {
            JsonToken v = p.nextToken();
            switch (name) {
                case "mdtrt_id" -> mdtrtId = text(p, v, "visit.mdtrt_id");
                case "psn_no" -> psnNo = text(p, v, "visit.psn_no");
                case "fixmedins_code" -> institution = text(p, v, "visit.fixmedins_code");
                case "med_type" -> medType = text(p, v, "visit.med_type");
                case "begntime" -> begin = text(p, v, "visit.begntime");
                case "endtime" -> end = text(p, v, "visit.endtime");
                case "dept_code" -> dept = text(p, v, "visit.dept_code");
                case "atddr_code" -> attending = text(p, v, "visit.atddr_code");
                case "main_diag_code" -> mainDiag = text(p, v, "visit.main_diag_code");
                case "other_diag_codes" -> otherDiags = text(p, v, "visit.other_diag_codes");
                case "mdtrt_cert_type" -> certType = text(p, v, "visit.mdtrt_cert_type");
                case "terminal_id" -> terminal = text(p, v, "visit.terminal_id");
                default -> p.skipChildren();
            }
        }
        return new VisitRequest.Visit(mdtrtId, psnNo, institution, medType, begin, end, dept, attending, mainDiag,
                otherDiags, certType, terminal);
    }

    private static List<VisitRequest.Line> lines(JsonParser p, JsonToken t) {
        if (t != JsonToken.START_ARRAY) {
            throw new VisitMapping.BadVisit("lines: not a list of fee lines");
        }
        List<VisitRequest.Line> lines = new ArrayList<>(32);
        JsonToken item;
        while ((item = p.nextToken()) != JsonToken.END_ARRAY) {
            lines.add(line(p, item, lines.size()));
        }
        return lines;
    }

    private static VisitRequest.Line line(JsonParser p, JsonToken t, int index) {
        if (t != JsonToken.START_OBJECT) {
            throw new VisitMapping.BadVisit("lines[" + index + "]: not an object");
        }
        String sn = null;
        String time = null;
        String code = null;
        String institutionCode = null;
        String cnt = null;
        String price = null;
        String amount = null;
        String doctor = null;
        String dept = null;
        String traceCodes = null;
        String name;
        while ((name = p.nextName()) != null) {
            JsonToken v = p.nextToken();
            switch (name) {
                case "feedetl_sn" -> sn = lineText(p, v, index, name);
                case "fee_ocur_time" -> time = lineText(p, v, index, name);
                case "med_list_codg" -> code = lineText(p, v, index, name);
                case "medins_list_codg" -> institutionCode = lineText(p, v, index, name);
                case "cnt" -> cnt = lineText(p, v, index, name);
                case "pric" -> price = lineText(p, v, index, name);
                case "det_item_fee_sumamt" -> amount = lineText(p, v, index, name);
                case "bilg_dr_codg" -> doctor = lineText(p, v, index, name);
                case "bilg_dept_codg" -> dept = lineText(p, v, index, name);
                case "drug_trac_codg" -> traceCodes = lineText(p, v, index, name);
                default -> p.skipChildren();
            }
        }
        return new VisitRequest.Line(sn, time, code, institutionCode, cnt, price, amount, doctor, dept, traceCodes);
    }

    private static VisitRequest.Settlement settlement(JsonParser p, JsonToken t) {
        expectObject(t, "settlement");
        String setlId = null;
        String time = null;
        String medfee = null;
        String ownpay = null;
        String hifp = null;
        String acct = null;
        String cash = null;
        String fund = null;
        String name;
        while ((name = p.nextName()) != null) {
            JsonToken v = p.nextToken();
            switch (name) {
                case "setl_id" -> setlId = text(p, v, "settlement.setl_id");
                case "setl_time" -> time = text(p, v, "settlement.setl_time");
                case "medfee_sumamt" -> medfee = text(p, v, "settlement.medfee_sumamt");
                case "fulamt_ownpay_amt" -> ownpay = text(p, v, "settlement.fulamt_ownpay_amt");
                case "hifp_pay" -> hifp = text(p, v, "settlement.hifp_pay");
                case "acct_pay" -> acct = text(p, v, "settlement.acct_pay");
                case "psn_cash_pay" -> cash = text(p, v, "settlement.psn_cash_pay");
                case "fund_pay_sumamt" -> fund = text(p, v, "settlement.fund_pay_sumamt");
                default -> p.skipChildren();
            }
        }
        return new VisitRequest.Settlement(setlId, time, medfee, ownpay, hifp, acct, cash, fund);
    }

    private static void expectObject(JsonToken t, String field) {
        if (t != JsonToken.START_OBJECT) {
            throw new VisitMapping.BadVisit(field + ": not an object");
        }
    }

    /** The field name is only spelt out when the value is refused: this runs for every field of every line. */
    private static String lineText(JsonParser p, JsonToken t, int index, String name) {
        if (t == JsonToken.VALUE_STRING) {
            return p.getString();
        }
        return text(p, t, "lines[" + index + "]." + name);
    }

    private static String text(JsonParser p, JsonToken t, String field) {
        return switch (t) {
            case VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT, VALUE_TRUE, VALUE_FALSE -> p.getString();
            case VALUE_NULL -> null;
            default -> throw new VisitMapping.BadVisit(field + ": not a text value");
        };
    }
}
