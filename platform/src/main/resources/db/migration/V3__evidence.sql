-- The rows behind a run's leads, copied at import so a lead can be checked without the data set at
-- hand. Personal data is stored masked (certno, name, phone): the platform never holds it in clear.
create table evidence_persons (
    run_id          bigint  not null references data_runs (id),
    psn_no          text    not null,
    certno_masked   text    not null,
    name_masked     text    not null,
    phone_masked    text    not null,
    gend            text,
    brdy            date,
    insuplc_admdvs  text,
    death_date      date,
    primary key (run_id, psn_no)
);

create table evidence_visits (
    run_id          bigint      not null references data_runs (id),
    mdtrt_id        text        not null,
    psn_no          text        not null,
    fixmedins_code  text        not null,
    med_type        text        not null,
    begntime        timestamp   not null,
    endtime         timestamp   not null,
    main_diag_code  text,
    medfee_fen      bigint      not null default 0,
    fund_pay_fen    bigint      not null default 0,
    primary key (run_id, mdtrt_id)
);
create index evidence_visits_person on evidence_visits (run_id, psn_no, begntime);

create table evidence_fee_lines (
    run_id          bigint      not null references data_runs (id),
    feedetl_sn      text        not null,
    mdtrt_id        text        not null,
    fee_ocur_time   timestamp   not null,
    med_list_codg   text        not null,
    item_name       text,
    cnt             numeric(18, 4) not null,
    pric_fen        bigint      not null,
    amount_fen      bigint      not null,
    bilg_dr_codg    text,
    primary key (run_id, feedetl_sn)
);
create index evidence_fee_lines_visit on evidence_fee_lines (run_id, mdtrt_id);

-- Per institution, for the peer comparison of a lead (same type and level)
create table institution_stats (
    run_id          bigint  not null references data_runs (id),
    fixmedins_code  text    not null,
    fixmedins_name  text    not null,
    fixmedins_type  text    not null,
    hosp_lv         text    not null,
    visits          bigint  not null,
    persons         bigint  not null,
    medfee_fen      bigint  not null,
    fund_pay_fen    bigint  not null,
    primary key (run_id, fixmedins_code)
);
