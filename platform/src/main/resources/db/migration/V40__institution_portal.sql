-- Institution portal (定点医药机构端) and social supervisors (社会监督员), issue #10.

-- The roles of security/Role.java, all of them: V1 listed the agency's six only.
alter table users drop constraint if exists users_role_check;
alter table users add constraint users_role_check check (role in
    ('INTAKE', 'ANALYST', 'INVESTIGATOR', 'LEGAL', 'DIRECTOR', 'ADMIN', 'PRIVACY', 'INSTITUTION', 'SUPERVISOR'));

-- Clues filed by social supervisors come in with their own source (clues/SourceKind.SUPERVISOR).
alter table clues drop constraint if exists clues_source_kind_check;
alter table clues add constraint clues_source_kind_check check (source_kind in
    ('MODEL', 'RULE', 'REPORT', 'FLIGHT_INSPECTION', 'REFERRAL', 'MEDIA', 'SUPERVISOR'));

-- An institution login belongs to exactly one institution; every query of the portal is scoped by it.
create table institution_accounts (
    username        text        primary key references users (username),
    fixmedins_code  text        not null,
    bound_by        text        not null,
    bound_at        timestamptz not null default now()
);
create index institution_accounts_code on institution_accounts (fixmedins_code);

-- 自查自纠: the institution screens its own settlements of a period (rules and models of the engine on
-- the data set of a data run, limited to its own rows) and answers every hit before submitting.
create table self_inspections (
    id              bigserial   primary key,
    fixmedins_code  text        not null,
    fixmedins_name  text        not null,
    period_from     date        not null,
    period_to       date        not null,
    run_id          bigint      not null references data_runs (id),  -- whose data set was screened
    source_path     text        not null,
    engine          text        not null,
    visits          integer     not null,
    status          text        not null check (status in ('OPEN', 'SUBMITTED')),
    hit_count       integer     not null,
    amount_fen      bigint      not null,
    returned_fen    bigint      not null default 0,
    summary         text,
    created_by      text        not null,
    created_at      timestamptz not null default now(),
    submitted_by    text,
    submitted_at    timestamptz,
    check (period_from <= period_to),
    check ((status = 'SUBMITTED') = (submitted_at is not null))
);
create index self_inspections_code on self_inspections (fixmedins_code, period_from);

create table self_inspection_hits (
    inspection_id   bigint      not null references self_inspections (id),
    lead_id         text        not null,
    category        text        not null,
    source          text        not null,
    subject_type    text        not null,
    subject_id      text        not null,
    psn_no          text,
    amount_fen      bigint      not null,
    evidence        text        not null,   -- table:id;table:id
    explanation     text        not null,
    disposition     text        check (disposition in ('CORRECTED', 'DISPUTED', 'RETURNED')),
    reason          text,
    returned_fen    bigint      not null default 0 check (returned_fen >= 0),
    answered_by     text,
    answered_at     timestamptz,
    primary key (inspection_id, lead_id),
    check (disposition <> 'DISPUTED' or coalesce(length(trim(reason)), 0) > 0),
    check ((disposition = 'RETURNED') = (returned_fen > 0))
);

-- The rows behind the hits as the institution saw them (the run's evidence store holds only the rows
-- of the agency's own leads); personal data masked.
create table self_inspection_rows (
    inspection_id   bigint      not null references self_inspections (id),
    ref             text        not null,   -- fee_details:<sn>, visits:<id>, ...
    at              timestamp,
    description     text        not null,
    amount_fen      bigint,
    primary key (inspection_id, ref)
);

-- A submitted report is frozen: no statement in any code path may change it or its hits afterwards.
create function refuse_frozen_self_inspection() returns trigger language plpgsql as $$
declare
    target bigint;
    frozen boolean;
begin
    if tg_table_name = 'self_inspections' then
        if old.status = 'SUBMITTED' then
            raise exception 'self-inspection % was submitted on % and is frozen', old.id, old.submitted_at
                using errcode = 'check_violation';
        end if;
        return case when tg_op = 'DELETE' then old else new end;
    end if;
    target := case when tg_op = 'INSERT' then new.inspection_id else old.inspection_id end;
    select status = 'SUBMITTED' into frozen from self_inspections where id = target;
    if frozen then
        raise exception 'self-inspection % is submitted and frozen', target using errcode = 'check_violation';
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end $$;
create trigger self_inspections_frozen before update or delete on self_inspections
    for each row execute function refuse_frozen_self_inspection();
create trigger self_inspection_hits_frozen before insert or update or delete on self_inspection_hits
    for each row execute function refuse_frozen_self_inspection();
create trigger self_inspection_rows_frozen before insert or update or delete on self_inspection_rows
    for each row execute function refuse_frozen_self_inspection();

-- What later agency runs found that a submitted self-inspection did not (自查未发现), or found again
-- although the institution said it had corrected or returned it (整改/退还后再现). One row per clue.
create table self_inspection_gaps (
    inspection_id   bigint      not null references self_inspections (id),
    clue_id         text        not null references clues (id),
    run_id          bigint      not null references data_runs (id),
    kind            text        not null check (kind in ('UNDISCLOSED', 'REAPPEARED')),
    category        text        not null,
    amount_fen      bigint      not null,
    found_at        timestamptz not null default now(),
    primary key (inspection_id, clue_id)
);
create index self_inspection_gaps_clue on self_inspection_gaps (clue_id);

-- READ BY OTHER FEATURES (cases: 裁量 of sanctions; governance: credit rating). One row per self-inspection
-- report found false by a data run: kind UNDISCLOSED_HITS (the run found in the period what the report
-- did not disclose) or REAPPEARED_AFTER_CORRECTION (hits reported corrected/returned are still in the
-- data of a later data set). Seed 002: 对检查中发现自查报告虚假的定点医疗机构，将给予更严厉的处理.
create table institution_integrity_flags (
    id              bigserial   primary key,
    fixmedins_code  text        not null,
    inspection_id   bigint      not null references self_inspections (id),
    run_id          bigint      not null references data_runs (id),
    kind            text        not null check (kind in ('UNDISCLOSED_HITS', 'REAPPEARED_AFTER_CORRECTION')),
    clue_count      integer     not null,
    amount_fen      bigint      not null,
    raised_at       timestamptz not null default now(),
    unique (inspection_id, run_id, kind)
);
create index institution_integrity_flags_code on institution_integrity_flags (fixmedins_code);

-- Notices from case handling (约谈通知, 责令整改, 告知书, 处理决定书) and the institution's answers.
create table institution_notices (
    id              bigserial   primary key,
    fixmedins_code  text        not null,
    case_no         text,
    kind            text        not null check (kind in ('INTERVIEW', 'RECTIFICATION', 'HEARING', 'DECISION')),
    title           text        not null,
    body            text        not null,
    document_ref    text,                   -- a document of the cases feature (e.g. the PDF's archive id)
    deadline        date,                   -- answers after this day are refused
    status          text        not null check (status in ('SENT', 'READ', 'ANSWERED')),
    sent_by         text        not null,
    sent_at         timestamptz not null default now(),
    read_at         timestamptz
);
create index institution_notices_code on institution_notices (fixmedins_code, sent_at);
create index institution_notices_case on institution_notices (case_no);

create table institution_statements (
    id              bigserial   primary key,
    notice_id       bigint      not null references institution_notices (id),
    case_no         text,
    fixmedins_code  text        not null,
    kind            text        not null check (kind in ('STATEMENT', 'DEFENCE', 'RECTIFICATION_REPORT')),
    body            text        not null,
    submitted_by    text        not null,
    submitted_at    timestamptz not null default now()
);
create index institution_statements_case on institution_statements (case_no);

create table institution_statement_files (
    id              bigserial   primary key,
    statement_id    bigint      not null references institution_statements (id),
    filename        text        not null,
    content_type    text        not null,
    size_bytes      integer     not null,
    sha256          text        not null,
    content         bytea       not null
);

-- 信用承诺书: the text is versioned; an institution signs once a year and the signature names the text.
create table commitment_texts (
    version         integer     primary key,
    title           text        not null,
    body            text        not null,
    sha256          text        not null,
    published_at    timestamptz not null default now()
);
insert into commitment_texts (version, title, body, sha256) values (1, '定点医药机构医疗保障基金使用信用承诺书',
'本机构郑重承诺：
一、严格遵守《医疗保障基金使用监督管理条例》（国务院令第735号）及医保服务协议，合理诊疗、合理收费，不分解住院、不挂床住院、不过度诊疗、不重复收费、不串换项目、不超标准收费。
二、不以虚构医药服务、伪造医疗文书、诱导或协助他人冒名就医等方式骗取医疗保障基金。
三、按规定开展自查自纠，对发现的违规费用主动退还，如实报告自查结果。
四、配合医疗保障行政部门的监督检查，如实提供资料，不拒绝、阻挠检查。
五、自愿接受社会监督。违反上述承诺的，愿意承担协议约定及法律法规规定的责任，并同意将违约失信行为记入信用记录。', '');
update commitment_texts set sha256 = encode(sha256(convert_to(body, 'UTF8')), 'hex') where version = 1;

create table institution_commitments (
    fixmedins_code  text        not null,
    year            integer     not null,
    text_version    integer     not null references commitment_texts (version),
    text_sha256     text        not null,
    signed_by       text        not null,
    signer_name     text        not null,
    signed_at       timestamptz not null default now(),
    primary key (fixmedins_code, year)
);
create function refuse_change_of_signed_commitment() returns trigger language plpgsql as $$
begin
    raise exception 'a signed commitment cannot be changed or withdrawn' using errcode = 'check_violation';
end $$;
create trigger institution_commitments_signed before update or delete on institution_commitments
    for each row execute function refuse_change_of_signed_commitment();

-- 社会监督员: the registry, training, assignments, and the clues they filed.
create table supervisors (
    id              bigserial   primary key,
    name            text        not null,
    phone           text,
    recruitment     text        not null check (recruitment in ('OPEN', 'NPC', 'CPPCC', 'UNION', 'MEDIA')),
    nominated_by    text,
    certificate_no  text        not null unique,
    term_from       date        not null,
    term_to         date        not null,
    username        text        unique references users (username),
    created_by      text        not null,
    created_at      timestamptz not null default now(),
    check (term_from <= term_to)
);

create table supervisor_trainings (
    id              bigserial   primary key,
    supervisor_id   bigint      not null references supervisors (id),
    held_on         date        not null,
    topic           text        not null,
    hours           numeric(4, 1) not null check (hours > 0),
    recorded_by     text        not null
);

create table supervisor_assignments (
    id              bigserial   primary key,
    supervisor_id   bigint      not null references supervisors (id),
    kind            text        not null check (kind in ('UNANNOUNCED_VISIT', 'WATCH')),
    fixmedins_code  text        not null,
    due_from        date        not null,
    due_to          date        not null,
    note            text        not null default '',
    assigned_by     text        not null,
    assigned_at     timestamptz not null default now(),
    check (due_from <= due_to)
);

create table supervisor_reports (
    clue_id         text        primary key references clues (id),
    supervisor_id   bigint      not null references supervisors (id),
    assignment_id   bigint      references supervisor_assignments (id),
    filed_at        timestamptz not null default now()
);
create index supervisor_reports_supervisor on supervisor_reports (supervisor_id);

-- Which data runs each submitted report was compared with, and what they found (none is an answer too).
create table self_inspection_checks (
    inspection_id   bigint      not null references self_inspections (id),
    run_id          bigint      not null references data_runs (id),
    undisclosed     integer     not null,
    reappeared      integer     not null,
    checked_at      timestamptz not null default now(),
    primary key (inspection_id, run_id)
);
