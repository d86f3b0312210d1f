-- Governance (issue 11, point 6): the referral figures of a period as the table saw them. content:
-- the figures as shown (JSON; small counts "<5", counts withheld to protect them "x"), never the
-- exact counts. A snapshot on an agenda item is frozen: it is not removed again.
create table figures_snapshot (
  id bigint not null auto_increment primary key,
  tenant_id varchar(2) not null,
  label varchar(200) not null,
  period_from date not null,
  period_to date not null,
  content longtext not null,
  created_at datetime(6) not null,
  created_by varchar(100) not null,
  frozen_at datetime(6),
  constraint fk_figures_snapshot_region foreign key (tenant_id) references region (code)
);
create index ix_figures_snapshot on figures_snapshot (tenant_id, created_at);

alter table agenda_item add column figures_snapshot_id bigint;
alter table agenda_item add constraint fk_agenda_item_figures
  foreign key (figures_snapshot_id) references figures_snapshot (id);
