-- Case handling to the end (案件办理全流程, issue #6): the case's state machine lives in CaseLifecycle;
-- these tables keep every step (执法全过程记录), each also appended to the hash-chained audit log.

alter table cases drop constraint cases_status_check;
update cases set status = case status when 'OPEN' then 'FILED' when 'UNDER_REVIEW' then 'LEGAL_REVIEW'
                                      when 'DECIDED' then 'EXECUTING' else status end;
alter table cases add constraint cases_status_check check (status in
    ('FILED', 'INVESTIGATING', 'NOTIFIED', 'LEGAL_REVIEW', 'DISCUSSION', 'DECIDING', 'EXECUTING', 'CLOSED'));
-- a case also comes from a report (举报) or a flight inspection (飞行检查) without a clue of the inbox
alter table cases alter column clue_id drop not null;
alter table cases
    add column source_kind        text    not null default 'CLUE' check (source_kind in ('CLUE', 'REPORT', 'FLIGHT_INSPECTION')),
    add column source_ref         text,
    add column fixmedins_code     text,
    add column amount_fen         bigint  not null default 0,       -- the loss at stake when the case was filed
    add column major              boolean not null default false,   -- 重大执法决定: legal review and collective discussion are mandatory
    add column lead_investigator  text    references users (username),
    add column closed_at          timestamptz,
    add column updated_at         timestamptz not null default now();
create index cases_status on cases (status);
create index cases_institution on cases (fixmedins_code);
create index cases_opened_at on cases (opened_at);

-- case numbers restart every year: XX医保稽〔2026〕0001号
create table case_number_seq (
    year  integer primary key,
    last  integer not null
);

-- the case's timeline: every step with who, in which duty, and when
create table case_events (
    id          bigserial   primary key,
    case_id     bigint      not null references cases (id),
    at          timestamptz not null default now(),
    actor       text        not null,
    role        text        not null,
    action      text        not null,
    from_status text        not null,
    to_status   text        not null,
    detail      text        not null default ''
);
create index case_events_case on case_events (case_id, id);

create table case_officers (
    case_id   bigint not null references cases (id),
    username  text   not null references users (username),
    primary key (case_id, username)
);

create table case_tasks (
    id          bigserial   primary key,
    case_id     bigint      not null references cases (id),
    title       text        not null,
    assignee    text        references users (username),
    due_on      date,
    done_at     timestamptz,
    created_by  text        not null,
    created_at  timestamptz not null default now()
);

-- 现场笔录 / 询问笔录: structured, with at least two officers present (《医疗保障基金使用监督管理条例》第二十八条)
create table case_records (
    id            bigserial   primary key,
    case_id       bigint      not null references cases (id),
    kind          text        not null check (kind in ('ON_SITE', 'INTERVIEW')),
    place         text        not null,
    started_at    timestamp   not null,
    ended_at      timestamp   not null,
    party         text        not null,      -- the institution or the interviewee (name stored, masked on display)
    party_role    text        not null default '',
    content       text        not null,      -- what was found / the questions and answers
    created_by    text        not null,
    created_at    timestamptz not null default now(),
    check (ended_at >= started_at)
);
create table case_record_officers (
    record_id  bigint not null references case_records (id),
    username   text   not null references users (username),
    primary key (record_id, username)
);
create table case_attachments (
    id            bigserial   primary key,
    case_id       bigint      not null references cases (id),
    record_id     bigint      references case_records (id),
    filename      text        not null,
    content_type  text        not null,
    size          bigint      not null,
    sha256        text        not null,
    bytes         bytea       not null,
    created_by    text        not null,
    created_at    timestamptz not null default now()
);

-- 告知书: the proposed decision, the statement deadline in working days
create table case_notices (
    id            bigserial   primary key,
    case_id       bigint      not null references cases (id),
    proposal      text        not null,
    major         boolean     not null,
    issued_on     date        not null,
    working_days  integer     not null,
    deadline      date        not null,
    issued_by     text        not null,
    created_at    timestamptz not null default now()
);
-- 陈述申辩: written by the institution portal (source INSTITUTION) or recorded by an investigator from paper
create table case_statements (
    id                 bigserial   primary key,
    case_id            bigint      not null references cases (id),
    notice_id          bigint      not null references case_notices (id),
    source             text        not null check (source in ('INSTITUTION', 'RECORDED')),
    content            text        not null,
    hearing_requested  boolean     not null default false,
    submitted_by       text        not null,
    submitted_at       timestamptz not null default now()
);

create table case_reviews (
    id          bigserial   primary key,
    case_id     bigint      not null references cases (id),
    outcome     text        not null check (outcome in ('APPROVED', 'RETURNED')),
    opinion     text        not null,
    reviewer    text        not null,
    reviewed_at timestamptz not null default now()
);

create table case_discussions (
    id            bigserial   primary key,
    case_id       bigint      not null references cases (id),
    held_on       date        not null,
    participants  text        not null,     -- names as recorded in the minutes, one per line
    conclusion    text        not null,
    recorded_by   text        not null,
    recorded_at   timestamptz not null default now()
);

-- 处理决定: the article, the loss, the discretion level and its reason; each sanction beside its lawful range
create table case_decisions (
    id              bigserial   primary key,
    case_id         bigint      not null references cases (id),
    article         text        not null,
    applied_article text        not null,
    fraud           boolean     not null,
    loss_fen        bigint      not null,
    province        text        not null,
    level           text        not null,
    level_label     text        not null,
    reason          text        not null,
    decided_on      date        not null,
    decided_by      text        not null,
    decided_at      timestamptz not null default now()
);
create table case_sanctions (
    id           bigserial   primary key,
    decision_id  bigint      not null references case_decisions (id),
    case_id      bigint      not null references cases (id),
    kind         text        not null,      -- enforcement SanctionKind code
    label        text        not null,      -- its Chinese name as decided (documents and statistics read it)
    value        bigint      not null,      -- fen for amounts, the term in its unit, 0 for measures without quantity
    unit         text        not null,
    lawful_min   bigint      not null,
    lawful_max   bigint      not null,
    level_min    bigint      not null,
    level_max    bigint      not null,
    basis        text        not null
);
create index case_sanctions_case on case_sanctions (case_id);

-- 执行: what is owed (to the fen), the instalment plan, what was paid
create table case_dues (
    id         bigserial primary key,
    case_id    bigint    not null references cases (id),
    kind       text      not null check (kind in ('RECOVERY', 'FINE', 'DAMAGES')),
    amount_fen bigint    not null check (amount_fen >= 0)
);
create table case_instalments (
    case_id     bigint not null references cases (id),
    seq         integer not null,
    due_on      date   not null,
    amount_fen  bigint not null check (amount_fen > 0),
    primary key (case_id, seq)
);
create table case_payments (
    id           bigserial   primary key,
    case_id      bigint      not null references cases (id),
    paid_on      date        not null,
    amount_fen   bigint      not null check (amount_fen > 0),
    reference    text        not null,
    recorded_by  text        not null,
    recorded_at  timestamptz not null default now()
);
create index case_payments_case on case_payments (case_id);

-- 文书: generated PDFs, archived with their SHA-256
create table case_documents (
    id          bigserial   primary key,
    case_id     bigint      not null references cases (id),
    kind        text        not null check (kind in ('NOTICE', 'DECISION', 'INTERVIEW', 'ON_SITE')),
    title       text        not null,
    filename    text        not null,
    size        bigint      not null,
    sha256      text        not null,
    bytes       bytea       not null,
    created_by  text        not null,
    created_at  timestamptz not null default now()
);
create index case_documents_case on case_documents (case_id);

-- 典型案例公开: the public exposure page (governance) reads rows whose withdrawn_at is null
create table case_publications (
    case_id       bigint      primary key references cases (id),
    title         text        not null,
    summary       text        not null,
    published_by  text        not null,
    published_at  timestamptz not null default now(),
    withdrawn_at  timestamptz
);

-- Suspensions and terminations decided in cases, exported as the data set's sanction_status.csv so that the
-- next screening turns services after the date into leads (docs/enforcement.md)
create table sanction_status (
    id              bigserial   primary key,
    case_id         bigint      not null references cases (id),
    subject_type    text        not null check (subject_type in ('INSTITUTION', 'DEPARTMENT', 'PRACTITIONER')),
    subject_code    text        not null,
    dept_code       text,
    status          text        not null check (status in ('SUSPENDED', 'TERMINATED')),
    effective_from  date        not null,
    effective_to    date,
    basis           text        not null
);
-- 医保支付资格记分: points given to a practitioner in a case (valid across institutions: keyed by prac_code)
create table practitioner_points (
    id              bigserial   primary key,
    case_id         bigint      not null references cases (id),
    prac_code       text        not null,
    fixmedins_code  text,
    conduct         text        not null,
    points          integer     not null check (points between 1 and 12),
    suspension_months integer   not null default 0,   -- the suspension chosen if these points reach the threshold (0 = the minimum)
    decided_on      date        not null,
    basis           text        not null
);
create index practitioner_points_prac on practitioner_points (prac_code, decided_on);
