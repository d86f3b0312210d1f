-- The audit trail of student data, in the spirit of NEN 7513 (ADR 0021). Written for what MySQL 8,
-- MariaDB 10.11 and H2 (MODE=MySQL) share.
--
-- audit_entry is tenant-owned and append-only: the portal inserts and never updates or deletes.
-- Per region, seq runs 1, 2, 3 ... without gaps; prev_hash is the hash of the entry seq - 1 (64
-- zeros for seq 1) and hash is the SHA-256 (lower-case hex) of the entry's canonical form, which
-- nl.regioportal.audit.AuditRecord defines exactly (so a check outside Java can recompute it).
-- at is UTC. student_key is a pseudonym (HMAC of name and birth date), never the name itself.
create table audit_entry (
  id bigint not null auto_increment primary key,
  tenant_id varchar(2) not null,
  seq bigint not null,
  at datetime(6) not null,
  actor varchar(100) not null,
  actor_organisation_id bigint,
  actor_role varchar(100) not null,
  action varchar(20) not null,
  referral_id bigint,
  student_key varchar(80),
  subject varchar(300) not null,
  origin varchar(100) not null,
  prev_hash varchar(64) not null,
  hash varchar(64) not null,
  constraint uq_audit_entry_seq unique (tenant_id, seq),
  constraint fk_audit_entry_region foreign key (tenant_id) references region (code)
);
create index ix_audit_entry_student on audit_entry (tenant_id, student_key, seq);
create index ix_audit_entry_referral on audit_entry (tenant_id, referral_id, seq);

-- The end of each region's chain: every append locks its region's row (select ... for update),
-- writes the next entry and moves the row on, in the transaction of the audited work, so appends
-- of one region never fork the chain. Not tenant-owned (its key is the region). A migration that
-- adds a region should add its row too (the portal also adds a missing one at the first append).
create table audit_head (
  tenant_id varchar(2) not null primary key,
  seq bigint not null,
  hash varchar(64) not null,
  constraint fk_audit_head_region foreign key (tenant_id) references region (code)
);
insert into audit_head (tenant_id, seq, hash)
  select code, 0, '0000000000000000000000000000000000000000000000000000000000000000' from region;
