-- The history a real-time audit (事前/事中) checks a visit against: every settled claim, encoded
-- (visit, lines, settlements), found by person and date; and every settled sale of a drug box by
-- its traceability code (回流药).
create table rt_claims (
    mdtrt_id    text    primary key,
    psn_no      text    not null,
    begin_date  date    not null,
    end_date    date,
    claim       bytea   not null,
    recorded_at timestamptz not null default now()
);
create index rt_claims_person on rt_claims (psn_no, begin_date);

create table rt_trace_events (
    trace_code      text      not null,
    feedetl_sn      text      not null,
    mdtrt_id        text      not null,
    psn_no          text      not null,
    fixmedins_code  text      not null,
    time            timestamp not null,
    refund          boolean   not null
);
create index rt_trace_events_code on rt_trace_events (trace_code);
create index rt_trace_events_visit on rt_trace_events (mdtrt_id);
