-- A referral's attachments (issue 10, point 1): files the sender adds to a draft, delivered with the
-- referral when the consent covers ATTACHMENTS. The description (name, type, size, checksum) apart
-- from the content, so that lists never read a file. The file name is encrypted (a name may name the
-- student; v1:{keyId}:{base64}, up to 200 characters of 4 bytes); the content too, as binary
-- (v1:{keyId}: then IV, ciphertext and tag), ADR 0022. Both go when the referral is anonymised.
create table referral_attachment (
  id bigint not null auto_increment primary key,
  tenant_id varchar(2) not null,
  referral_id bigint not null,
  file_name varchar(1200) not null,
  media_type varchar(100) not null,
  size_bytes bigint not null,
  sha256 varchar(64) not null,
  uploaded_at datetime(6) not null,
  uploaded_by varchar(100) not null,
  constraint fk_referral_attachment_referral foreign key (referral_id) references referral (id)
);
create index ix_referral_attachment on referral_attachment (tenant_id, referral_id);

create table referral_attachment_content (
  attachment_id bigint not null primary key,
  tenant_id varchar(2) not null,
  content longblob not null,
  constraint fk_referral_attachment_content foreign key (attachment_id)
    references referral_attachment (id) on delete cascade
);
