-- The store-wide hash chain (docs/adr/0019): one row per event, in the order the chain keeper
-- linked them. event_hash is the event's hash in its aggregate's stream, recomputed from the stored
-- event; link_hash covers position, global_index, event_identifier, event_hash and the previous link.
create table event_chain (
    position             bigint       primary key,
    global_index         bigint       not null unique,
    event_identifier     varchar(255) not null unique,
    aggregate_identifier varchar(255) not null,
    sequence_number      bigint       not null,
    event_hash           char(64)     not null,
    link_hash            char(64)     not null,
    linked_at            timestamptz  not null default now(),
    constraint event_chain_aggregate_sequence unique (aggregate_identifier, sequence_number)
);

-- Positions of command-service's own event processors (the chain keeper).
create table token_entry (
    processor_name varchar(255) not null,
    segment        integer      not null,
    token          bytea,
    token_type     varchar(255),
    timestamp      varchar(255),
    owner          varchar(255),
    primary key (processor_name, segment)
);
