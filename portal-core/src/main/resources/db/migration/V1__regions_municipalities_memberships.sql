-- Global reference data (not tenant-owned): regions, municipalities, dated membership.
-- Written for what MySQL 8, MariaDB 10.11 and H2 (MODE=MySQL) share.
create table region (
  code varchar(2) not null primary key,
  name varchar(120) not null,
  contact_municipality varchar(120)
);

create table municipality (
  code varchar(6) not null primary key,
  name varchar(120) not null
);

create table municipality_region (
  id bigint not null auto_increment primary key,
  municipality_code varchar(6) not null,
  region_code varchar(2) not null,
  valid_from date not null,
  valid_to date,
  source varchar(200),
  constraint fk_mr_municipality foreign key (municipality_code) references municipality (code),
  constraint fk_mr_region foreign key (region_code) references region (code)
);
create index ix_mr_municipality on municipality_region (municipality_code, valid_from);
create index ix_mr_region on municipality_region (region_code, valid_from);

-- Who may act in which region, in which role, for which organisation.
create table portal_membership (
  id bigint not null auto_increment primary key,
  username varchar(100) not null,
  region_code varchar(2) not null,
  role varchar(40) not null,
  organisation_id bigint,
  constraint uq_membership unique (username, region_code, role),
  constraint fk_pm_region foreign key (region_code) references region (code)
);
