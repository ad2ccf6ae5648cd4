-- The history's documents (source, before, after) are written once and only ever read whole: stored
-- as json, PostgreSQL checks their syntax and keeps their text, instead of converting each into
-- jsonb on the way in and back into text on the way out (docs/benchmarks.md, "Query side"). The
-- json operators (->, ->>) still work on them, for the few reads that pick a field.
alter table change
    alter column source type json using source::json,
    alter column before type json using before::json,
    alter column after type json using after::json;
