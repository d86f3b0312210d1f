-- Cost-sharing arrangements (kostenverdeling) and their funding keys (verdeelsleutels).
-- Tenant-owned: tenant_id is the region's two-digit code. A version is a whole key (total, parts,
-- participants, indicator values); a published version is reviewed by each participating
-- municipality and locked when all approve (or by a recorded governance decision). A locked
-- version is never changed, only superseded by a later one.
create table funding_arrangement (
  id bigint not null auto_increment primary key,
  tenant_id varchar(2) not null,
  version bigint not null,
  title varchar(200) not null,
  title_key varchar(200) not null,
  budget_year int not null,
  description varchar(2000),
  created_at datetime(6) not null,
  created_by varchar(100) not null,
  constraint uq_funding_arr_title unique (tenant_id, budget_year, title_key),
  constraint fk_funding_arr_region foreign key (tenant_id) references region (code)
);

create table funding_version (
  id bigint not null auto_increment primary key,
  tenant_id varchar(2) not null,
  version bigint not null,
  arrangement_id bigint not null,
  number int not null,
  label varchar(200) not null,
  status varchar(12) not null,
  total_cents bigint not null,
  created_at datetime(6) not null,
  created_by varchar(100) not null,
  published_at datetime(6),
  published_by varchar(100),
  locked_at datetime(6),
  lock_reason varchar(20),
  governance_decision varchar(500),
  superseded_at datetime(6),
  constraint uq_funding_version_number unique (arrangement_id, number),
  constraint fk_funding_version_arr foreign key (arrangement_id) references funding_arrangement (id),
  constraint fk_funding_version_region foreign key (tenant_id) references region (code)
);
create index ix_funding_version_tenant on funding_version (tenant_id, arrangement_id, status);

create table funding_key_part (
  version_id bigint not null,
  seq int not null,
  basis varchar(40) not null,
  percent decimal(9, 4) not null,
  primary key (version_id, seq),
  constraint fk_funding_part_version foreign key (version_id) references funding_version (id) on delete cascade
);

create table funding_participant (
  version_id bigint not null,
  seq int not null,
  municipality_code varchar(6) not null,
  minimum_cents bigint,
  maximum_cents bigint,
  primary key (version_id, seq),
  constraint fk_funding_participant_version foreign key (version_id) references funding_version (id) on delete cascade,
  constraint fk_funding_participant_mun foreign key (municipality_code) references municipality (code)
);

create table funding_indicator_value (
  version_id bigint not null,
  municipality_code varchar(6) not null,
  indicator varchar(40) not null,
  amount decimal(19, 4) not null,
  suppressed_as_four boolean not null,
  source varchar(200),
  reference_date date,
  primary key (version_id, municipality_code, indicator),
  constraint fk_funding_indicator_version foreign key (version_id) references funding_version (id) on delete cascade
);

create table funding_review (
  version_id bigint not null,
  municipality_code varchar(6) not null,
  decision varchar(10) not null,
  comment_text varchar(2000),
  decided_by varchar(100) not null,
  decided_at datetime(6) not null,
  primary key (version_id, municipality_code),
  constraint fk_funding_review_version foreign key (version_id) references funding_version (id) on delete cascade
);
