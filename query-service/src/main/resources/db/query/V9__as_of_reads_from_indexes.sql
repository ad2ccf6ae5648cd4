-- An as-of read folds an edition's history and its measures' readings in effective order
-- (edition/EditionReader.asOf, measure/MeasureReadings.asOf). An edition's rows lie among every
-- other edition's, so reading them from the tables visited about a page per row; the indexes now carry
-- the columns these reads use, so PostgreSQL answers them from the index alone where the tables' pages
-- are marked all-visible (docs/benchmarks.md, "A question asked once").
drop index change_strategy_effective;
create index change_strategy_effective on change (strategy_id, effective_date, global_index)
    include (recorded_at, event_type, element_id, element_type, status_after, aggregate_id, sequence_number,
             content_change);

-- The notes as of a date read only annotation rows: a few per edition among thousands.
create index change_annotation on change (strategy_id, effective_date, global_index)
    where event_type in ('AnnotationRecorded', 'AnnotationRevised', 'AnnotationWithdrawn');

-- A measure's readings (by element) and an edition's readings as of a date (by edition, sorted after).
drop index measure_reading_element;
create index measure_reading_element on measure_reading (strategy_id, element_id, reading, period)
    include (sequence_number, value, text, replaces, effective_date, recorded_at);
