-- Member organisations of a region: tenant-owned (tenant_id = the region's two-digit code).
create table organisation (
  id bigint not null auto_increment primary key,
  tenant_id varchar(2) not null,
  version bigint not null,
  type varchar(20) not null,
  name varchar(200) not null,
  name_key varchar(200) not null,
  brin varchar(4),
  cbs_code varchar(6),
  kvk_number varchar(8),
  email varchar(200),
  phone varchar(40),
  website varchar(300),
  active boolean not null,
  created_at datetime(6) not null,
  updated_at datetime(6) not null,
  constraint uq_org_brin unique (tenant_id, brin),
  constraint uq_org_cbs unique (tenant_id, cbs_code),
  constraint uq_org_kvk unique (tenant_id, kvk_number),
  constraint uq_org_name unique (tenant_id, type, name_key),
  constraint fk_org_region foreign key (tenant_id) references region (code)
);
create index ix_org_tenant_active on organisation (tenant_id, active, name_key);

create table organisation_location (
  organisation_id bigint not null,
  seq int not null,
  label varchar(120),
  street varchar(200) not null,
  postal_code varchar(7) not null,
  city varchar(120) not null,
  primary key (organisation_id, seq),
  constraint fk_orgloc_org foreign key (organisation_id) references organisation (id) on delete cascade
);

create table organisation_municipality (
  organisation_id bigint not null,
  municipality_code varchar(6) not null,
  primary key (organisation_id, municipality_code),
  constraint fk_orgmun_org foreign key (organisation_id) references organisation (id) on delete cascade,
  constraint fk_orgmun_mun foreign key (municipality_code) references municipality (code)
);

create table organisation_region (
  organisation_id bigint not null,
  region_code varchar(2) not null,
  primary key (organisation_id, region_code),
  constraint fk_orgreg_org foreign key (organisation_id) references organisation (id) on delete cascade,
  constraint fk_orgreg_region foreign key (region_code) references region (code)
);
