-- Governance (issue 11, point 1): the region's bodies (the administrative table, its preparation
-- group, working groups), their seats and who holds each seat for which term. All tenant-owned.
-- Written for what MySQL 8, MariaDB 10.11 and H2 (MODE=MySQL) share.

-- A body; name_key is the name compared case-insensitively (unique in the region). parent_id: the
-- body it prepares for (same region; no cycles, checked by the portal).
create table governing_body (
  id bigint not null auto_increment primary key,
  tenant_id varchar(2) not null,
  version bigint not null,
  name varchar(200) not null,
  name_key varchar(200) not null,
  kind varchar(30) not null,
  description varchar(2000),
  parent_id bigint,
  active boolean not null,
  created_at datetime(6) not null,
  updated_at datetime(6) not null,
  constraint uq_gov_body_name unique (tenant_id, name_key),
  constraint fk_gov_body_region foreign key (tenant_id) references region (code),
  constraint fk_gov_body_parent foreign key (parent_id) references governing_body (id)
);

-- A seat in a body: a role (at most one CHAIR and one SECRETARY a body, checked under a lock of
-- the body's row) and the member organisation it is held for.
create table body_seat (
  id bigint not null auto_increment primary key,
  tenant_id varchar(2) not null,
  version bigint not null,
  body_id bigint not null,
  role varchar(20) not null,
  organisation_id bigint,
  label varchar(200),
  created_at datetime(6) not null,
  constraint fk_body_seat_body foreign key (body_id) references governing_body (id),
  constraint fk_body_seat_org foreign key (organisation_id) references organisation (id)
);
create index ix_body_seat on body_seat (tenant_id, body_id);

-- A person's term in a seat: end_date is the last day (none: open-ended). The terms of a seat
-- never overlap, checked under a lock of the seat's row.
create table seat_term (
  id bigint not null auto_increment primary key,
  tenant_id varchar(2) not null,
  version bigint not null,
  seat_id bigint not null,
  person_name varchar(200) not null,
  email varchar(200),
  username varchar(100),
  start_date date not null,
  end_date date,
  created_at datetime(6) not null,
  updated_at datetime(6) not null,
  constraint fk_seat_term_seat foreign key (seat_id) references body_seat (id)
);
create index ix_seat_term on seat_term (tenant_id, seat_id, start_date);
