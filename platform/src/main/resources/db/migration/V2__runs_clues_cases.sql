-- A data run: one data set screened (or one leads.csv imported) at one time, by one engine version
create table data_runs (
    id            bigserial   primary key,
    dataset       text        not null,            -- the name the analyst gave the data set
    version       integer     not null,            -- 1, 2, ... per data set: runs of one data set are comparable
    source_path   text        not null,            -- directory on the server
    mode          text        not null check (mode in ('SCREEN', 'IMPORT')),
    status        text        not null check (status in ('QUEUED', 'VALIDATING', 'SCREENING', 'LOADING', 'DONE', 'FAILED')),
    progress      integer     not null default 0,  -- percent
    message       text,
    engine        text,                             -- what produced the leads
    lead_count    integer     not null default 0,
    created_by    text        not null,
    created_at    timestamptz not null default now(),
    finished_at   timestamptz,
    unique (dataset, version)
);

-- What each run produced, kept per run so that runs can be compared
create table run_leads (
    run_id          bigint      not null references data_runs (id),
    lead_id         text        not null,
    category        text        not null,
    source          text        not null,
    subject_type    text        not null,
    subject_id      text        not null,
    fixmedins_code  text,
    psn_no          text,
    score           numeric(7, 6) not null,
    amount_fen      bigint      not null,
    primary key (run_id, lead_id)
);
create index run_leads_category on run_leads (run_id, category);

-- The inbox (线索): one work item per lead id, whichever runs reproduced it, plus hand-entered clues
create table clues (
    id              text        primary key,
    source_kind     text        not null check (source_kind in ('MODEL', 'RULE', 'REPORT', 'FLIGHT_INSPECTION', 'REFERRAL', 'MEDIA')),
    source          text        not null,
    category        text        not null,
    subject_type    text,
    subject_id      text,
    fixmedins_code  text,
    psn_no          text,
    score           numeric(7, 6),
    amount_fen      bigint      not null default 0,
    confirmed_fen   bigint,
    evidence        text        not null default '',
    explanation     text        not null default '',
    status          text        not null check (status in ('NEW', 'ASSIGNED', 'CONFIRMED', 'NOT_ESTABLISHED', 'FALSE_POSITIVE', 'MERGED', 'CASE_OPENED')),
    assignee        text        references users (username),
    verdict_reason  text,
    verified_by     text,
    verified_at     timestamptz,
    merged_into     text        references clues (id),
    first_run_id    bigint      references data_runs (id),
    last_run_id     bigint      references data_runs (id),
    occurred_on     date,
    created_by      text        not null,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now()
);
create index clues_status on clues (status);
create index clues_category on clues (category);
create index clues_institution on clues (fixmedins_code);
create index clues_subject on clues (subject_id);

create sequence manual_clue_seq;

-- Case handling proper is a later issue: a case exists, with its clue and a status
create table cases (
    id          bigserial   primary key,
    case_no     text        not null unique,
    clue_id     text        not null references clues (id),
    status      text        not null check (status in ('OPEN', 'UNDER_REVIEW', 'DECIDED', 'CLOSED')),
    title       text        not null,
    opened_by   text        not null,
    opened_at   timestamptz not null default now()
);
