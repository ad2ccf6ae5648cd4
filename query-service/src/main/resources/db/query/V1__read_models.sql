-- Read models of query-service, in their own schema; the event store (schema public) belongs to
-- command-service. Every table here can be rebuilt from the event store (a replay empties them).

create table token_entry (
    processor_name varchar(255) not null,
    segment        integer      not null,
    token          bytea,
    token_type     varchar(255),
    timestamp      varchar(255),
    owner          varchar(255),
    primary key (processor_name, segment)
);

create table strategy (
    strategy_id   varchar(100) primary key,
    line_id       varchar(100),
    title         text         not null,
    organization  jsonb        not null,
    period        jsonb        not null,
    referenced    boolean      not null,
    status        varchar(20)  not null,
    superseded_by varchar(100),
    drafted_on    date         not null,
    adopted_on    date,
    ended_on      date,
    version       bigint       not null,
    updated_at    timestamptz  not null
);

create table element (
    strategy_id   varchar(100) not null references strategy on delete cascade,
    element_id    varchar(100) not null,
    element_type  varchar(20)  not null,
    parent_id     varchar(100),
    number        varchar(20),
    label         varchar(100),
    title         text,
    text          text,
    overview      text,
    kind          varchar(20),
    measure_type  varchar(20),
    printed_type  varchar(100),
    unit          varchar(100),
    display_order integer      not null,
    status        varchar(20)  not null,
    version       bigint       not null,
    primary key (strategy_id, element_id)
);

-- Targets and actuals as reported, every restatement kept.
create table measure_reading (
    strategy_id     varchar(100) not null,
    sequence_number bigint       not null,
    element_id      varchar(100) not null,
    reading         varchar(10)  not null check (reading in ('TARGET', 'ACTUAL')),
    period          varchar(20)  not null,
    value           numeric,
    text            text,
    replaces        boolean      not null,
    effective_date  date         not null,
    recorded_at     timestamptz  not null,
    primary key (strategy_id, sequence_number)
);
create index measure_reading_element on measure_reading (strategy_id, element_id, reading, period);

-- Alignments and lineage links of an edition's elements, and supersessions between editions.
create table link (
    strategy_id        varchar(100) not null,
    link_id            varchar(100) not null,
    link_type          varchar(20)  not null check (link_type in ('ALIGNMENT', 'LINEAGE', 'SUPERSESSION')),
    element_id         varchar(100),
    target_strategy_id varchar(100),
    target_element_id  varchar(100),
    target_document    text,
    target_number      varchar(20),
    target_text        text,
    relation           varchar(20),
    basis              varchar(10)  not null,
    citation           jsonb,
    inferred_from      text,
    effective_date     date         not null,
    removed_on         date,
    primary key (strategy_id, link_id)
);
create index link_target on link (target_strategy_id, target_element_id);

-- The revision history: one row per event, append-only, keyed on the event's aggregate and
-- sequence number (so a redelivered event is recognised and changes nothing). State as of a date,
-- as known at a time, is derived from here, never patched into the current-state tables.
create table change (
    aggregate_id    varchar(100) not null,
    sequence_number bigint       not null,
    global_index    bigint       not null,
    strategy_id     varchar(100),
    element_id      varchar(100),
    element_type    varchar(20),
    event_type      varchar(100) not null,
    change_kind     varchar(20)  not null,
    effective_date  date         not null,
    recorded_at     timestamptz  not null,
    actor           varchar(100) not null,
    rationale       text,
    source          jsonb,
    content         jsonb,
    status_after    varchar(20),
    before          jsonb,
    after           jsonb,
    primary key (aggregate_id, sequence_number)
);
create index change_strategy_effective on change (strategy_id, effective_date, global_index);
create index change_element on change (strategy_id, element_id, global_index);
create index change_actor on change (actor, recorded_at);
create index change_recorded on change (recorded_at);
create index change_global on change (global_index);
