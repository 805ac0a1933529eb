-- Accounts: one role each (a person with two duties gets two accounts, which keeps the audit trail plain)
create table users (
    username         text primary key,
    display_name     text        not null,
    role             text        not null check (role in ('INTAKE', 'ANALYST', 'INVESTIGATOR', 'LEGAL', 'DIRECTOR', 'ADMIN')),
    password_hash    text        not null,
    enabled          boolean     not null default true,
    failed_attempts  integer     not null default 0,
    locked_until     timestamptz,
    created_at       timestamptz not null default now()
);

-- Append-only, hash-chained: hash = SHA-256(prev_hash, seq, at, actor, action, target, detail)
create table audit_log (
    seq        bigint      primary key,
    at         timestamptz not null,
    actor      text        not null,
    action     text        not null,
    target     text        not null,
    detail     text        not null,
    prev_hash  text        not null,
    hash       text        not null
);
create index audit_log_target on audit_log (target);

create table api_keys (
    key_hash    text        primary key,
    name        text        not null,
    created_at  timestamptz not null default now()
);
