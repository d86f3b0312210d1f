-- The system-scope data path (ADR 0010): work that spans regions (outbox dispatch, reminders,
-- audit-chain checks, national reports) is a row here, not tenant-owned. Rows are claimed with
-- SELECT ... FOR UPDATE SKIP LOCKED, so several portal instances share the work without taking the
-- same row twice, and each row is then handled inside runAs(region) as the system caller.
-- A row is written in the same transaction as the change that causes it (the outbox), and stays
-- until its handling is confirmed: nothing is lost when a process dies in between.
create table system_job (
  id bigint not null auto_increment primary key,
  kind varchar(60) not null,
  region_code varchar(2),
  payload varchar(4000) not null,
  status varchar(12) not null,
  attempts int not null,
  available_at datetime(6) not null,
  claimed_by varchar(100),
  claimed_until datetime(6),
  created_at datetime(6) not null,
  finished_at datetime(6),
  last_error varchar(1000),
  constraint fk_system_job_region foreign key (region_code) references region (code)
);
create index ix_system_job_claim on system_job (kind, status, available_at);
