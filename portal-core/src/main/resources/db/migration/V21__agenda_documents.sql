-- Governance (issue 11, point 3): documents of an agenda item. A confidential document is for the
-- body's members only (its seat holders and the region's coordinators); to anyone else it answers
-- as not found. Contents apart, as for referral attachments.
create table agenda_document (
  id bigint not null auto_increment primary key,
  tenant_id varchar(2) not null,
  meeting_id bigint not null,
  item_id bigint not null,
  file_name varchar(200) not null,
  media_type varchar(100) not null,
  doc_type varchar(20) not null,
  confidential boolean not null,
  size_bytes bigint not null,
  sha256 varchar(64) not null,
  uploaded_at datetime(6) not null,
  uploaded_by varchar(100) not null,
  constraint fk_agenda_document_meeting foreign key (meeting_id) references meeting (id),
  constraint fk_agenda_document_item foreign key (item_id) references agenda_item (id)
);
create index ix_agenda_document on agenda_document (tenant_id, meeting_id, item_id);

create table agenda_document_content (
  document_id bigint not null primary key,
  tenant_id varchar(2) not null,
  content longblob not null,
  constraint fk_agenda_document_content foreign key (document_id)
    references agenda_document (id) on delete cascade
);
