-- CustomerAssigned versions: strictly increasing per customer even for two changes within one millisecond
alter table customer_view add column assign_version bigint not null default 0;
