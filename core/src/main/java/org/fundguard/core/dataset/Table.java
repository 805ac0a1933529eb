package org.fundguard.core.dataset;

import java.util.List;

/** The tables of a data set directory (shared/spec/data-contract.md) and their contract columns. */
public enum Table {
    INSTITUTIONS("institutions", List.of("fixmedins_code", "fixmedins_name", "fixmedins_type", "hosp_lv", "admdvs",
            "ownership", "beds", "dialysis_machines", "eldercare_linked", "agreement_status")),
    PRACTITIONERS("practitioners", List.of("prac_code", "prac_name", "prac_type", "fixmedins_code", "cert_begin",
            "cert_end")),
    PERSONS("persons", List.of("psn_no", "certno", "psn_name", "gend", "brdy", "insutype", "psn_type",
            "insuplc_admdvs", "addr_code", "phone", "death_date")),
    CATALOG("catalog", List.of("med_list_codg", "name", "list_type", "med_chrgitm_type", "chrgitm_lv", "price_cap",
            "price_cap_lv2", "price_cap_lv1", "lmt_gend", "lmt_age_min", "lmt_age_max", "lmt_hosp_lv",
            "lmt_med_type", "lmt_diag", "max_units_day", "max_days_supply", "units_per_day_dose", "key_monitored",
            "resale_risk", "non_drug")),
    ITEM_RULES("item_rules", List.of("code_a", "code_b", "relation", "scope")),
    VISITS("visits", List.of("mdtrt_id", "psn_no", "fixmedins_code", "med_type", "begntime", "endtime", "dept_code",
            "atddr_code", "main_diag_code", "other_diag_codes", "mdtrt_cert_type", "terminal_id")),
    FEE_DETAILS("fee_details", List.of("feedetl_sn", "mdtrt_id", "psn_no", "fixmedins_code", "fee_ocur_time",
            "med_list_codg", "medins_list_codg", "cnt", "pric", "det_item_fee_sumamt", "bilg_dr_codg",
            "bilg_dept_codg", "drug_trac_codg")),
    SETTLEMENTS("settlements", List.of("setl_id", "mdtrt_id", "psn_no", "fixmedins_code", "setl_time",
            "medfee_sumamt", "fulamt_ownpay_amt", "hifp_pay", "acct_pay", "psn_cash_pay", "fund_pay_sumamt",
            "refd_setl_flag")),
    PURCHASES("purchases", List.of("purc_id", "fixmedins_code", "med_list_codg", "purc_time", "purc_cnt",
            "purc_pric", "spler_name", "manu_lotnum")),
    INVENTORY("inventory", List.of("fixmedins_code", "med_list_codg", "inv_date", "inv_cnt")),
    /** Optional: suspensions and terminations in force (docs/enforcement.md), written by the enforcement module. */
    SANCTION_STATUS("sanction_status", List.of("subject_type", "subject_code", "dept_code", "status", "effective_from",
            "effective_to", "basis")),
    LABELS("labels", List.of("scenario", "subject_type", "subject_id", "fund_loss")),
    LEADS("leads", List.of("lead_id", "category", "source", "subject_type", "subject_id", "fixmedins_code", "psn_no",
            "score", "amount", "evidence", "explanation"));

    private final String baseName;
    private final List<String> columns;

    Table(String baseName, List<String> columns) {
        this.baseName = baseName;
        this.columns = columns;
    }

    public String baseName() {
        return baseName;
    }

    public String csvFileName() {
        return baseName + ".csv";
    }

    public String parquetFileName() {
        return baseName + ".parquet";
    }

    public List<String> columns() {
        return columns;
    }
}
