-- Governance (issue 11, point 5): a meeting's minutes, drafted from its agenda and decisions,
-- approved at a later meeting of the body and frozen from then on.
create table meeting_minutes (
  meeting_id bigint not null primary key,
  tenant_id varchar(2) not null,
  version bigint not null,
  minutes_text longtext not null,
  drafted_at datetime(6) not null,
  drafted_by varchar(100) not null,
  approved_at datetime(6),
  approved_by varchar(100),
  approved_at_meeting_id bigint,
  constraint fk_minutes_meeting foreign key (meeting_id) references meeting (id),
  constraint fk_minutes_approved_at foreign key (approved_at_meeting_id) references meeting (id)
);
