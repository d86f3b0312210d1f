-- Referrals (issue 10): a school professional refers a student to a care partner, with the
-- student's consent, and both sides follow it until it is closed. Written for what MySQL 8,
-- MariaDB 10.11 and H2 (MODE=MySQL) share. Student columns are wide enough for their encrypted form.

-- How an organisation receives referrals (tenant-owned; no row: in the portal's inbox).
create table organisation_delivery (
  id bigint not null auto_increment primary key,
  tenant_id varchar(2) not null,
  version bigint not null,
  organisation_id bigint not null,
  channel varchar(10) not null,
  url varchar(500),
  secret varchar(500),
  email varchar(200),
  updated_at datetime(6) not null,
  updated_by varchar(100) not null,
  constraint uq_organisation_delivery unique (tenant_id, organisation_id),
  constraint fk_organisation_delivery_org foreign key (organisation_id) references organisation (id)
);

-- The referral (tenant-owned). state follows FHIR Task; delivery_version is raised by every
-- change that is delivered to the receiver (the webhook's Idempotency-Key is id-delivery_version).
create table referral (
  id bigint not null auto_increment primary key,
  tenant_id varchar(2) not null,
  version bigint not null,
  delivery_version int not null,
  state varchar(20) not null,
  sender_organisation_id bigint not null,
  sender_username varchar(100) not null,
  receiver_organisation_id bigint not null,
  service_id bigint,
  student_given_name varchar(500) not null,
  student_family_name varchar(500) not null,
  student_birth_date varchar(200) not null,
  student_municipality varchar(6) not null,
  student_phone varchar(500),
  student_email varchar(500),
  student_channel varchar(10),
  reason_text text,
  asked text,
  urgency varchar(10) not null,
  response_hours int,
  respond_by datetime(6),
  three_way boolean not null,
  study_coach varchar(100) not null,
  decline_reason varchar(30),
  alternative varchar(1000),
  expected_start date,
  outcome varchar(30),
  outcome_text varchar(2000),
  response_note varchar(2000),
  created_at datetime(6) not null,
  submitted_at datetime(6),
  delivered_at datetime(6),
  responded_at datetime(6),
  closed_at datetime(6),
  updated_at datetime(6) not null,
  constraint fk_referral_region foreign key (tenant_id) references region (code),
  constraint fk_referral_sender foreign key (sender_organisation_id) references organisation (id),
  constraint fk_referral_receiver foreign key (receiver_organisation_id) references organisation (id),
  constraint fk_referral_service foreign key (service_id) references directory_service (id)
);
create index ix_referral_sender on referral (tenant_id, sender_organisation_id, state);
create index ix_referral_receiver on referral (tenant_id, receiver_organisation_id, state);

-- Why: life-domain and issue codes of the taxonomy.
create table referral_term (
  referral_id bigint not null,
  term_code varchar(60) not null,
  primary key (referral_id, term_code),
  constraint fk_referral_term_referral foreign key (referral_id) references referral (id)
);

-- The consent a referral rests on (tenant-owned): given by the student (16 and over) or also by a
-- parent or guardian (under 16); to whom, what, why, until when, how obtained; withdrawn or not.
create table referral_consent (
  id bigint not null auto_increment primary key,
  tenant_id varchar(2) not null,
  version bigint not null,
  referral_id bigint not null,
  receiver_organisation_id bigint not null,
  given_by varchar(30) not null,
  guardian_name varchar(500),
  categories varchar(200) not null,
  purpose varchar(1000) not null,
  valid_until date not null,
  obtained varchar(20) not null,
  given_at datetime(6) not null,
  recorded_by varchar(100) not null,
  withdrawn_at datetime(6),
  withdrawn_by varchar(100),
  constraint fk_referral_consent_referral foreign key (referral_id) references referral (id)
);
create index ix_referral_consent on referral_consent (tenant_id, referral_id);

-- The referral's timeline (tenant-owned, append-only).
create table referral_event (
  id bigint not null auto_increment primary key,
  tenant_id varchar(2) not null,
  referral_id bigint not null,
  at datetime(6) not null,
  actor varchar(100) not null,
  kind varchar(30) not null,
  from_state varchar(20),
  to_state varchar(20),
  detail varchar(2000),
  constraint fk_referral_event_referral foreign key (referral_id) references referral (id)
);
create index ix_referral_event on referral_event (tenant_id, referral_id, at);

-- The referral outbox (ADR 0023): a delivery to make is a row here, written in the transaction of
-- the change that causes it. Rows of one receiver form a lane (lane = region:organisation id) and
-- leave strictly in id order: a row is delivered only when every earlier row of its lane was. Not
-- tenant-owned (like system_job); the system-job handler reads it for one region inside runAs.
create table referral_outbox (
  id bigint not null auto_increment primary key,
  region_code varchar(2) not null,
  lane varchar(30) not null,
  referral_id bigint not null,
  delivery_version int not null,
  event varchar(20) not null,
  status varchar(12) not null,
  attempts int not null,
  channel varchar(10),
  created_at datetime(6) not null,
  delivered_at datetime(6),
  last_error varchar(1000),
  constraint uq_referral_outbox unique (referral_id, delivery_version),
  constraint fk_referral_outbox_region foreign key (region_code) references region (code)
);
create index ix_referral_outbox_lane on referral_outbox (lane, status, id);

-- Status messages received from partner systems (tenant-owned): a repeat of the same message
-- (same key) is dropped.
create table referral_inbound (
  id bigint not null auto_increment primary key,
  tenant_id varchar(2) not null,
  referral_id bigint not null,
  dedup_key varchar(200) not null,
  received_at datetime(6) not null,
  result varchar(200) not null,
  constraint uq_referral_inbound unique (tenant_id, dedup_key)
);
