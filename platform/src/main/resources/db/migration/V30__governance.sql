-- Governance (issue 8): directories, the double random draw, credit ratings, the public disclosure board.

-- 检查对象名录库: designated institutions as inspection targets. unit = the body it belongs to (its own
-- code when independent, else its group or 主管单位): the key of the conflict-of-interest checks.
create table gov_targets (
    code          text        primary key,
    name          text        not null,
    type          text        not null,
    level         text        not null default '',
    region        text        not null,
    risk_class    text        not null default '',
    credit_grade  text        not null check (credit_grade in ('A', 'B', 'C', 'D')),
    unit          text        not null,
    origin        text        not null check (origin in ('RUN', 'IMPORT', 'MANUAL')),
    updated_by    text        not null,
    updated_at    timestamptz not null default now()
);

-- 执法检查人员/专家名录库; relations: units and institutions the person is linked to, separated by ';'
create table gov_inspectors (
    id             text        primary key,
    name           text        not null,
    qualification  text        not null,
    unit           text        not null,
    relations      text        not null default '',
    active         boolean     not null default true,
    updated_by     text        not null,
    updated_at     timestamptz not null default now()
);

-- A draw and the exact inputs it ran on (the snapshot), so anyone can re-run it and compare the hash
create table draws (
    id                     bigserial   primary key,
    title                  text        not null,
    draw_year              integer     not null,
    seed                   text        not null,
    snapshot_sha256        text        not null,
    inspectors_per_target  integer     not null,
    status                 text        not null check (status in ('DRAWN', 'PUBLISHED')),
    created_by             text        not null,
    created_at             timestamptz not null default now(),
    published_by           text,
    published_at           timestamptz
);

create table draw_input_targets (
    draw_id       bigint not null references draws (id),
    code          text   not null,
    name          text   not null,
    type          text   not null,
    level         text   not null,
    region        text   not null,
    risk_class    text   not null,
    credit_grade  text   not null,
    unit          text   not null,
    primary key (draw_id, code)
);

create table draw_input_inspectors (
    draw_id        bigint not null references draws (id),
    id             text   not null,
    name           text   not null,
    qualification  text   not null,
    unit           text   not null,
    relations      text   not null,
    primary key (draw_id, id)
);

create table draw_input_previous (
    draw_id       bigint not null references draws (id),
    target_code   text   not null,
    inspector_id  text   not null,
    primary key (draw_id, target_code, inspector_id)
);

create table draw_input_ratios (
    draw_id         bigint  not null references draws (id),
    credit_grade    text    not null,
    ratio_permille  integer not null,
    primary key (draw_id, credit_grade)
);

create table draw_strata (
    draw_id         bigint  not null references draws (id),
    credit_grade    text    not null,
    population      integer not null,
    ratio_permille  integer not null,
    drawn           integer not null,
    primary key (draw_id, credit_grade)
);

create table draw_assignments (
    draw_id       bigint not null references draws (id),
    target_code   text   not null,
    inspector_id  text   not null,
    primary key (draw_id, target_code, inspector_id)
);

-- 一公开: the outcome of each drawn inspection, published with the draw
create table draw_outcomes (
    draw_id       bigint      not null references draws (id),
    target_code   text        not null,
    outcome       text        not null check (outcome in ('NO_PROBLEM', 'RECTIFIED', 'CASE_OPENED')),
    detail        text        not null default '',
    recorded_by   text        not null,
    recorded_at   timestamptz not null default now(),
    primary key (draw_id, target_code)
);

-- One row per rating run; ratings keep every year rated with the deductions that made the score
create table credit_runs (
    id           bigserial   primary key,
    first_year   integer     not null,
    last_year    integer     not null,
    findings     integer     not null,
    sanctions    integer     not null,
    points       integer     not null,
    source       text        not null,
    created_by   text        not null,
    created_at   timestamptz not null default now()
);

create table credit_ratings (
    run_id        bigint  not null references credit_runs (id),
    subject_kind  text    not null check (subject_kind in ('INSTITUTION', 'PRACTITIONER')),
    subject_id    text    not null,
    year          integer not null,
    score         integer not null,
    grade         text    not null check (grade in ('A', 'B', 'C', 'D')),
    deductions    text    not null default '',
    primary key (run_id, subject_kind, subject_id, year)
);
create index credit_ratings_subject on credit_ratings (subject_kind, subject_id, year);

-- 曝光台: typical cases published by a director. Personal data is masked before it is stored.
create table disclosures (
    id                bigserial   primary key,
    title             text        not null,
    category          text        not null,
    year              integer     not null,
    institution_code  text,
    institution_name  text,
    person_masked     text        not null default '',
    summary           text        not null,
    measures          text        not null default '',
    amount_fen        bigint      not null default 0,
    source_ref        text        not null default '',
    published_by      text        not null,
    published_at      timestamptz not null default now(),
    withdrawn         boolean     not null default false
);
create index disclosures_filter on disclosures (year, category);
