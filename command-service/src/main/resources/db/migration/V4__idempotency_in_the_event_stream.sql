-- Idempotency keys now travel in the metadata of the events their request records, in the aggregate's
-- own stream (docs/adr/0015): atomic with the events in PostgreSQL and in Axon Server alike. The table
-- that kept them beside the events is no longer read or written.
drop table idempotency_key;
