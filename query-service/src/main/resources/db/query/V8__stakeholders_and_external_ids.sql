-- Stakeholders are elements of their edition (ADR 20): their type and roles beside the columns every
-- element has (the name is the title, the description the text, the holder the parent). An element
-- may carry the identifier its source document gives it, where that cannot be its id; reads find it
-- by either.
alter table element
    add column stakeholder_type varchar(20),
    add column roles            json,
    add column external_id      varchar(500);
create index element_external_id on element (strategy_id, external_id) where external_id is not null;
