-- A report follows its case (令第5号): 立案 when the case of its clue is filed, 处理完毕 when the case is decided,
-- dropped (撤销立案) or when the filing decision was 不予立案.
alter table reports drop constraint if exists reports_status_check;
alter table reports add constraint reports_status_check check (status in
    ('RECEIVED', 'ACCEPTED', 'NOT_ACCEPTED', 'TRANSFERRED', 'MERGED', 'FILED', 'CONCLUDED'));
alter table reports add column case_no text;             -- the case (案号) filed on the report's facts
alter table reports add column concluded_on date;        -- 处理完毕
alter table reports add column conclusion text check (conclusion in ('DECIDED', 'DROPPED', 'CLOSED', 'NOT_FILED'));
create index reports_clue on reports (clue_id);
