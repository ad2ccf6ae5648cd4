-- Each recorded change carries its event's hash in the edition's chain (docs/adr/0019), so a history
-- or an export handed to someone else names the point of the history it reflects. Rows projected
-- before this column existed keep null until the projection is rebuilt.
alter table change add column chain_hash char(64);
