-- Report attachments encrypted at rest (reporting/confidentiality/AttachmentCipher) under the reports key ring.
-- key_id is the key that sealed the file, so that a rotation finds what to re-seal; null marks a file written in
-- plaintext before this migration, which the next start seals (ReportService.resealAttachments).
alter table report_attachments add column key_id text;
create index report_attachments_key on report_attachments (key_id);
