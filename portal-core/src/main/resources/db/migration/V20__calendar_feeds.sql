-- Governance (issue 11, point 7): a person's calendar feeds of the region's meetings (all bodies,
-- or one). The feed's address carries a random token; only its SHA-256 is kept (token_hash, hex),
-- so the address is shown once, when the feed is made. A revoked feed answers 410 Gone.
create table calendar_feed (
  id bigint not null auto_increment primary key,
  tenant_id varchar(2) not null,
  username varchar(100) not null,
  body_id bigint,
  token_hash varchar(64) not null,
  created_at datetime(6) not null,
  revoked_at datetime(6),
  last_read_at datetime(6),
  constraint uq_calendar_feed_token unique (token_hash),
  constraint fk_calendar_feed_region foreign key (tenant_id) references region (code),
  constraint fk_calendar_feed_body foreign key (body_id) references governing_body (id)
);
create index ix_calendar_feed_user on calendar_feed (tenant_id, username);
