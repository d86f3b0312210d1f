-- The mail outbox (ADR 0018): a mail the portal must send is a row here, written in the same
-- transaction as the change that causes it (the first: a directory entry's staleness reminder, which
-- sets directory_service.reminded_at in that transaction), together with a system job of kind
-- 'mail' that names it. The job's handler sends the row through the Camel SMTP route and sets
-- sent_at; a row with sent_at is never sent again. Not tenant-owned, like system_job: it names the
-- region the mail belongs to, and only the job of that region reads it.
create table mail_outbox (
  id bigint not null auto_increment primary key,
  region_code varchar(2),
  recipient varchar(200) not null,
  subject varchar(300) not null,
  body mediumtext not null,
  created_at datetime(6) not null,
  sent_at datetime(6),
  constraint fk_mail_outbox_region foreign key (region_code) references region (code)
);
