-- The region's own indicators, beside the built-in ones (equal shares, youth_12_27, caseload,
-- mbo_students, early_leavers; their labels live in the code, BasisCatalogue). A key part's basis
-- and an indicator import must name one of these or a built-in: a typo never creates a new
-- indicator. The code is what keys, imports and the API use and never changes; the labels (Dutch
-- required, English optional, falling back to Dutch) are what pages and exports show.
create table indicator_definition (
  id bigint not null auto_increment primary key,
  tenant_id varchar(2) not null,
  version bigint not null,
  code varchar(40) not null,
  label_nl varchar(200) not null,
  label_en varchar(200),
  created_at datetime(6) not null,
  created_by varchar(100) not null,
  constraint uq_indicator_definition unique (tenant_id, code),
  constraint fk_indicator_definition_region foreign key (tenant_id) references region (code)
);

-- Codes already in use that are not built-in (free text before this version) become the region's
-- own indicators, labelled with their code until a coordinator gives them a better label: stored
-- keys and library sets keep working and can still be chosen.
insert into indicator_definition (tenant_id, version, code, label_nl, label_en, created_at, created_by)
select t.tenant_id, 0, t.code, t.code, null, current_timestamp, 'migration V9'
from (
  select v.tenant_id, v.indicator as code from indicator_value v
  union
  select fv.tenant_id, p.basis from funding_key_part p join funding_version fv on fv.id = p.version_id
  union
  select fv.tenant_id, i.indicator from funding_indicator_value i join funding_version fv on fv.id = i.version_id
) t
where t.code not in ('EQUAL', 'youth_12_27', 'caseload', 'mbo_students', 'early_leavers');
