-- An as-of read folds an edition's history in effective order (edition/EditionReader.asOf). The
-- edition's rows lie among every other edition's, so reading them from the table visited a page per
-- row; the index now carries the columns the fold reads, so PostgreSQL folds from the index alone
-- where the table's pages are marked all-visible (docs/benchmarks.md, "A question asked once").
drop index change_strategy_effective;
create index change_strategy_effective on change (strategy_id, effective_date, global_index)
    include (recorded_at, event_type, element_id, element_type, status_after, aggregate_id, sequence_number,
             content_change);

-- The notes as of a date read only annotation rows: a few per edition among thousands.
create index change_annotation on change (strategy_id, effective_date, global_index)
    where event_type in ('AnnotationRecorded', 'AnnotationRevised', 'AnnotationWithdrawn');
