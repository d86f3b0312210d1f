-- A region becomes a working tenant when a platform admin provisions it (database + identity
-- provider groups). The 40 regions exist as reference data from the start.
alter table region add column provisioned_at datetime(6);
alter table region add column provisioned_by varchar(100);
