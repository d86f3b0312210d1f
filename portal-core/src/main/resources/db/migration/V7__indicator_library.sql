-- The region's indicator library: values per municipality of an indicator on a reference date
-- (CBS population by age band, DUO mbo students, DUO early school leavers, caseload), imported
-- from CBS/DUO files through the page, the REST API or the Camel drop folder. A set (indicator +
-- reference date) is replaced whole by a new import of the same set. Funding keys copy values
-- from it into their versions, so a later import never changes a published key.
create table indicator_value (
  id bigint not null auto_increment primary key,
  tenant_id varchar(2) not null,
  indicator varchar(40) not null,
  reference_date date not null,
  municipality_code varchar(6) not null,
  amount decimal(19, 4) not null,
  suppressed_as_four boolean not null,
  source varchar(200) not null,
  imported_at datetime(6) not null,
  imported_by varchar(100) not null,
  constraint uq_indicator_value unique (tenant_id, indicator, reference_date, municipality_code),
  constraint fk_indicator_value_region foreign key (tenant_id) references region (code)
);
create index ix_indicator_value_set on indicator_value (tenant_id, indicator, reference_date);
