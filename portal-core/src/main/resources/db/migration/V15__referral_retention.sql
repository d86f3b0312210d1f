-- Retention of referrals (issue 10, point 8). Written for what MySQL 8, MariaDB 10.11 and H2
-- (MODE=MySQL) share.
--
-- referral_retention: a region's retention period in months (6..120) for closed referrals; a region
-- without a row keeps them 24 months. Tenant-owned, at most one row per region.
create table referral_retention (
  id bigint not null auto_increment primary key,
  tenant_id varchar(2) not null,
  version bigint not null,
  months int not null,
  updated_at datetime(6) not null,
  updated_by varchar(100) not null,
  constraint uq_referral_retention unique (tenant_id),
  constraint fk_referral_retention_region foreign key (tenant_id) references region (code)
);

-- A referral closed longer ago than the period is anonymised by the job referral-retention: the
-- student's name, birth date (its year is kept in student_birth_year, for the figures by age),
-- contact, the free texts and the guardian's name are removed; state, dates, terms, municipality
-- and counts stay. anonymised_at marks it (and keeps the job from doing it twice).
alter table referral add column anonymised_at datetime(6);
alter table referral add column student_birth_year int;
alter table referral modify student_given_name varchar(500) null;
alter table referral modify student_family_name varchar(500) null;
alter table referral modify student_birth_date varchar(200) null;
create index ix_referral_retention on referral (tenant_id, anonymised_at, closed_at);
