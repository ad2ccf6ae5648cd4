-- Live updates follow the history table in the order its rows become visible, whichever process
-- wrote them (docs/adr/0014-live-updates.md).
--
-- written_by: the writing transaction's id (xid8, which never wraps, as a bigint). A follower reads
-- rows whose transaction is below the oldest one still running (pg_snapshot_xmin): no row can appear
-- there later, so reading in (written_by, written_seq) order up to that horizon skips nothing, even
-- when two segments commit out of position order, a gap in the event store fills late, or a parked
-- event is applied after later ones. Rows written before this migration carry its own id.
-- written_seq: a row's place within its transaction (event order). global_index cannot serve: it is
-- the processor's position when it applied the event, which events that fill a gap share.
alter table change add column written_by bigint not null default (pg_current_xact_id()::text::bigint);
alter table change add column written_seq bigint generated always as identity (cache 1000);
create index change_written on change (written_by, written_seq);

-- Each statement that adds history rows wakes the followers of every query-service process. PostgreSQL
-- delivers a notification only when its transaction commits, and folds repeats within one: one per batch.
create function notify_change() returns trigger language plpgsql as $$
begin
    perform pg_notify('query_change', '');
    return null;
end
$$;
create trigger change_notify after insert on change for each statement execute function notify_change();

-- A rebuild truncates the history and writes it again under new transaction ids. The followers must not
-- announce the rewritten rows as changes, nor resume a client from before the rebuild as if nothing
-- had happened: the truncation records its transaction and the highest position applied before it.
create table change_reset (
    only_row      boolean primary key default true check (only_row),
    reset_by      bigint not null,
    last_position bigint not null
);
insert into change_reset (reset_by, last_position) values (0, -1);

create function record_change_reset() returns trigger language plpgsql as $$
begin
    update query.change_reset
       set reset_by = pg_current_xact_id()::text::bigint,
           last_position = greatest(last_position, coalesce((select max(global_index) from query.change), -1));
    perform pg_notify('query_change', '');
    return null;
end
$$;
create trigger change_reset_record before truncate on change for each statement execute function record_change_reset();
