-- Governance (issue 11, points 3 and 4): a body's meetings, their agendas, the decisions taken on
-- agenda items and the body's action list. All tenant-owned. Written for what MySQL 8, MariaDB
-- 10.11 and H2 (MODE=MySQL) share.

-- A meeting of a body. starts_at / ends_at: Dutch local time (Europe/Amsterdam), as the invitation
-- says it. sequence: raised each time the meeting moves or is cancelled (RFC 5545 SEQUENCE for the
-- calendar feeds). public_meeting: whether its agenda and decisions are open data.
create table meeting (
  id bigint not null auto_increment primary key,
  tenant_id varchar(2) not null,
  version bigint not null,
  body_id bigint not null,
  title varchar(200) not null,
  starts_at datetime(6) not null,
  ends_at datetime(6) not null,
  location varchar(300),
  online_url varchar(500),
  public_meeting boolean not null,
  status varchar(20) not null,
  sequence_no int not null,
  uid varchar(80) not null,
  agenda_published_at datetime(6),
  held_at datetime(6),
  cancelled_at datetime(6),
  created_at datetime(6) not null,
  updated_at datetime(6) not null,
  constraint uq_meeting_uid unique (uid),
  constraint fk_meeting_region foreign key (tenant_id) references region (code),
  constraint fk_meeting_body foreign key (body_id) references governing_body (id)
);
create index ix_meeting_body on meeting (tenant_id, body_id, starts_at);

-- An item on a meeting's agenda, in position order. funding_version_id: the funding-key version it
-- is about (a decision adopted on the item locks that version).
create table agenda_item (
  id bigint not null auto_increment primary key,
  tenant_id varchar(2) not null,
  version bigint not null,
  meeting_id bigint not null,
  position_no int not null,
  title varchar(200) not null,
  item_type varchar(20) not null,
  owner_name varchar(200) not null,
  proposed_decision varchar(4000),
  funding_version_id bigint,
  created_at datetime(6) not null,
  updated_at datetime(6) not null,
  constraint fk_agenda_item_meeting foreign key (meeting_id) references meeting (id),
  constraint fk_agenda_item_funding foreign key (funding_version_id) references funding_version (id)
);
create index ix_agenda_item on agenda_item (tenant_id, meeting_id, position_no);

-- The decision taken on an item (one per item): adopted, rejected, deferred or withdrawn.
create table governance_decision (
  id bigint not null auto_increment primary key,
  tenant_id varchar(2) not null,
  meeting_id bigint not null,
  item_id bigint not null,
  outcome varchar(20) not null,
  decision_text varchar(4000) not null,
  funding_version_id bigint,
  recorded_by varchar(100) not null,
  recorded_at datetime(6) not null,
  constraint uq_governance_decision_item unique (item_id),
  constraint fk_gov_decision_meeting foreign key (meeting_id) references meeting (id),
  constraint fk_gov_decision_item foreign key (item_id) references agenda_item (id)
);
create index ix_gov_decision on governance_decision (tenant_id, meeting_id);

-- An action on a body's list: raised at a meeting, owned by a person, due by a day; carried to the
-- body's next meetings until done. last_reminded_on: when its owner was last reminded it is overdue.
create table governance_action (
  id bigint not null auto_increment primary key,
  tenant_id varchar(2) not null,
  version bigint not null,
  body_id bigint not null,
  meeting_id bigint not null,
  item_id bigint,
  description varchar(1000) not null,
  owner_name varchar(200) not null,
  owner_email varchar(200),
  owner_username varchar(100),
  deadline date not null,
  done_at datetime(6),
  done_by varchar(100),
  last_reminded_on date,
  created_at datetime(6) not null,
  updated_at datetime(6) not null,
  constraint fk_gov_action_body foreign key (body_id) references governing_body (id),
  constraint fk_gov_action_meeting foreign key (meeting_id) references meeting (id),
  constraint fk_gov_action_item foreign key (item_id) references agenda_item (id)
);
create index ix_gov_action_body on governance_action (tenant_id, body_id, done_at);
create index ix_gov_action_owner on governance_action (tenant_id, owner_username);

-- A funding-key version locked by a governance decision names it (the free text stays, as before).
alter table funding_version add column decision_id bigint;
