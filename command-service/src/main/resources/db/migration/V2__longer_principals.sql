-- JWT subjects can be longer than the demo users' names: the actor of a change may have 255 characters.
alter table idempotency_key alter column principal type varchar(255);
