-- Public reports (举报), issue 7. Handling follows 国家医疗保障局令第5号《医疗保障基金使用监督管理举报处理暂行办法》.

-- The roles added after V1 (举报保密员, 定点医药机构, 社会监督员) must be storable; idempotent so that another
-- feature's migration may do the same.
alter table users drop constraint if exists users_role_check;
alter table users add constraint users_role_check check (role in
    ('INTAKE', 'ANALYST', 'INVESTIGATOR', 'LEGAL', 'DIRECTOR', 'ADMIN', 'PRIVACY', 'INSTITUTION', 'SUPERVISOR'));

create sequence report_seq;

create table reports (
    id                 text        primary key,             -- registration number JB-<year>-<6 digits>
    seq                bigint      not null unique,         -- registration order (first-reporter tie-break)
    query_code         text        not null unique,         -- the reporter's follow-up code, in clear (80 random bits)
    password_hash      text        not null,                -- pbkdf2-sha256$<iterations>$<salt>$<hash>
    actor              text        not null,                -- taxonomy actor code
    behaviours         text        not null,                -- taxonomy behaviour ids, comma-separated
    categories         text        not null default '',     -- scenario codes of those behaviours
    subject            text        not null,                -- the subject as the reporter named it
    institution_code   text,                                -- resolved from the directory, or set at acceptance
    institution_name   text,
    description        text        not null,
    occurred_from      date,
    occurred_to        date,
    amount_fen         bigint,
    anonymous          boolean     not null,
    insider            boolean     not null,
    wants_reward       boolean     not null,
    -- AES-256-GCM (reporting/confidentiality): v1.<key id>.<nonce>.<ciphertext>; null for anonymous reports
    identity_sealed    text,
    identity_key       text,                                -- the key id, so a rotation finds what to re-seal
    status             text        not null check (status in ('RECEIVED', 'ACCEPTED', 'NOT_ACCEPTED', 'TRANSFERRED', 'MERGED')),
    status_reason      text,                                -- 不予受理 / 移送 reason, shown to the reporter
    transferred_to     text,
    merged_into        text        references reports (id),
    category           text,                                -- the category chosen at acceptance
    clue_id            text        references clues (id),
    received_at        timestamptz not null,
    received_on        date        not null,
    acceptance_on      date,
    transferred_on     date,
    filing_on          date,
    filing_decision    text check (filing_decision in ('FILED', 'NOT_FILED')),
    notified_on        date,
    verified_fen       bigint,                              -- an officer's entry, when no clue carries it
    updated_at         timestamptz not null default now(),
    check (anonymous = (identity_sealed is null))
);
create index reports_status on reports (status);
create index reports_institution on reports (institution_code);
create index reports_merged_into on reports (merged_into);
create index reports_identity_key on reports (identity_key);

-- Attachments live outside the web root under random names; the reporter's file name is not kept (it may
-- carry the reporter's name).
create table report_attachments (
    id            bigserial   primary key,
    report_id     text        not null references reports (id),
    storage_name  text        not null unique,
    media_type    text        not null,
    size_bytes    bigint      not null,
    sha256        text        not null
);
create index report_attachments_report on report_attachments (report_id);

-- Notifications of the reporter (告知), within 5 working days of the filing decision for named reports
create table report_notifications (
    id            bigserial   primary key,
    report_id     text        not null references reports (id),
    kind          text        not null check (kind in ('FILING', 'RESULT', 'REWARD')),
    channel       text        not null,
    note          text        not null,
    notified_on   date        not null,
    recorded_by   text        not null,
    recorded_at   timestamptz not null default now()
);
create index report_notifications_report on report_notifications (report_id);

-- Every look at a reporter's identity, recorded before the identity is decrypted; append-only
create table report_reveals (
    id            bigserial   primary key,
    report_id     text        not null references reports (id),
    revealed_by   text        not null,
    at            timestamptz not null,
    reason        text        not null
);
create index report_reveals_report on report_reveals (report_id);
create function report_reveals_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'report_reveals is append-only';
end $$;
create trigger report_reveals_no_change before update or delete on report_reveals
    for each row execute function report_reveals_append_only();

-- The reward of a report (举报奖励): assessed, approved by the director, paid
create table report_rewards (
    report_id           text        primary key references reports (id),
    policy              text        not null,
    verified_fen        bigint      not null,
    insider             boolean     not null,
    grade               integer     not null,
    against_individual  boolean     not null,
    eligible            boolean     not null,
    reasons             text        not null default '',   -- Ineligibility names, comma-separated
    reward_fen          bigint      not null,
    steps               text        not null,              -- the computation, one step a line
    status              text        not null check (status in ('PROPOSED', 'APPROVED', 'REFUSED', 'PAID', 'INELIGIBLE')),
    assessed_by         text        not null,
    assessed_at         timestamptz not null,
    approved_by         text,
    approved_at         timestamptz,
    decision_note       text,
    paid_by             text,
    paid_on             date,
    payment_ref         text
);

-- A solved challenge is used once: its nonce is recorded with the report it let through
create table report_challenges_used (
    nonce    text        primary key,
    used_at  timestamptz not null default now()
);
