-- A suspension has its last day and it is not before the first; a termination is open-ended. Decisions always
-- stored rows of this shape; the constraint makes sure nothing else can (the sanction_status.csv export and the
-- data contract rely on it: docs/enforcement.md).
alter table sanction_status
    add constraint sanction_status_suspension_has_an_end
        check (status <> 'SUSPENDED' or (effective_to is not null and effective_to >= effective_from)),
    add constraint sanction_status_termination_is_open
        check (status <> 'TERMINATED' or effective_to is null);
