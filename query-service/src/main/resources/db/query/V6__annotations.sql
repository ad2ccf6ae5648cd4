-- Annotations (ADR 18): notes on readings a reader had to choose, on an edition's own facts, its
-- elements or its links. The current notes of each edition, withdrawn ones kept with their date;
-- as-of reads fold the history rows of the annotation events instead (ADR 6).
create table annotation (
    strategy_id    varchar(100) not null,
    annotation_id  varchar(100) not null,
    subject_kind   varchar(10)  not null check (subject_kind in ('EDITION', 'ELEMENT', 'LINK')),
    subject_id     varchar(100) not null,
    field          varchar(100),
    uncertainty    text         not null,
    alternatives   json         not null,
    chosen_reading text         not null,
    reason         text         not null,
    effective_date date         not null,
    recorded_at    timestamptz  not null,
    withdrawn_on   date,
    primary key (strategy_id, annotation_id)
);
-- Link views look up the notes of the links they show.
create index annotation_subject on annotation (subject_id, strategy_id);
